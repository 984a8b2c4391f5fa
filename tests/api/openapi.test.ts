import { readFileSync } from 'node:fs';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../generated/rapor-api';
import { APP_HEADERS, demoTemplate, makeTestApp, type TestApp } from '../helpers/test-app';
import { generatedTypes, servedDocument } from './openapi-doc';

// The OpenAPI document as real clients use it: a standard linter's recommended rules pass,
// and a client generated from it (tests/generated/rapor-api.ts, type-checked with the tests)
// talks to the server.

describe('the OpenAPI document', () => {
  let document: string;
  beforeAll(async () => {
    document = await servedDocument();
  });

  it("passes Redocly's recommended rules with no error or warning", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: document,
      absoluteRef: '/openapi.json',
      config,
    });
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} @ ${p.location[0]?.pointer}`),
    ).toEqual([]);
  });

  it('names every operation once, and declares the session cookie where one is needed', () => {
    const doc = JSON.parse(document);
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods as Record<string, { operationId?: string; security?: unknown[] }>).map(
        ([method, op]) => ({ path, method, ...op }),
      ),
    );
    const ids = operations.map((o) => o.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie' });
    const deck = operations.find((o) => o.path === '/api/v1/periods/{year}/deck');
    expect(deck?.security).toEqual([{ session: [] }]);
    const summary = operations.find((o) => o.path === '/api/v1/dashboard/summary');
    expect(summary?.security).toEqual([]);
    // the recursive trees are one named component each, referred to by $ref
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['ScoredNode', 'FrameworkNode']),
    );
  });

  it('is what the committed generated client was made from (pnpm openapi:types)', async () => {
    const committed = readFileSync(new URL('../generated/rapor-api.ts', import.meta.url), 'utf8');
    expect(committed === (await generatedTypes(document)), 'run pnpm openapi:types').toBe(true);
  });
});

describe('a client generated from the document', () => {
  let t: TestApp;
  let client: ReturnType<typeof createClient<paths>>;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    client = createClient<paths>({ baseUrl: url, headers: APP_HEADERS });
  }, 60_000);
  afterAll(() => t.close());

  it('signs in, reads the deck and a summary, and gets typed errors', async () => {
    const login = await client.POST('/api/v1/auth/login', {
      body: { username: 'leader', password: 'rapor-demo' },
    });
    expect(login.response.status).toBe(200);
    const cookie = login.response.headers.get('set-cookie')?.split(';')[0] ?? '';

    const deck = await client.GET('/api/v1/periods/{year}/deck', {
      params: { path: { year: '2024' } },
      headers: { cookie },
    });
    // typed: index is a number, areas carry their code
    const index: number | undefined = deck.data?.index;
    expect(index).toBeGreaterThan(0);
    expect(deck.data?.areas.map((a) => a.code)).toHaveLength(8);

    const summary = await client.GET('/api/v1/dashboard/summary', {
      params: { query: { from: '2024', to: '2025' } },
    });
    expect(summary.data?.years.map((y) => y.year)).toEqual([2024, 2025]);

    const missing = await client.GET('/api/v1/periods/{year}/deck', {
      params: { path: { year: '2031' } },
      headers: { cookie },
    });
    const code: string | undefined = missing.error?.error.code;
    expect(code).toBe('NOT_FOUND');
  });
});
