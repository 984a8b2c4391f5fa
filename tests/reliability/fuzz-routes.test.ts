import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// Every route of the OpenAPI document, with random paths, queries and bodies, signed out and
// as the admin: never a 5xx, and every error in the `{ error: { code, message } }` shape.

type Operation = { method: string; path: string };

const SEGMENTS = [
  '2025',
  '2026',
  '0x7E9',
  '-1',
  'MP',
  'ZZ',
  'A.1',
  'B.H.10',
  'pmprb-2023',
  '1',
  '99999',
];
const segment = fc.oneof(
  fc.constantFrom(...SEGMENTS),
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({
    version: fc.oneof(fc.integer(), fc.string()),
    value: fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null)),
    narrative: fc.string(),
    reason: fc.string(),
    year: fc.integer(),
    frameworkId: fc.string(),
  }),
);
const query = fc.dictionary(
  fc.constantFrom('from', 'to', 'year', 'limit', 'entity', 'area', 'dryRun', 'id'),
  fc.oneof(segment, fc.constant('')),
);

describe('fuzzing every route of the OpenAPI document', () => {
  let t: TestApp;
  let operations: Operation[] = [];
  let admin = '';
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
    admin = await login(t.app, 'admin');
  }, 60_000);
  afterAll(() => t?.close());

  it('never answers 5xx, and every error has a code and a message', async () => {
    expect(operations.length).toBeGreaterThan(40);
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations),
        fc.array(segment, { minLength: 6, maxLength: 6 }),
        query,
        body,
        fc.boolean(),
        async (op, segments, q, payload, signedIn) => {
          let k = 0;
          const path = op.path.replace(/\{[^}]+\}|:[a-zA-Z]+/g, () =>
            encodeURIComponent(segments[k++] ?? 'x'),
          );
          const search = new URLSearchParams(q).toString();
          const res = await t.app.inject({
            method: op.method as 'GET',
            url: `${path}${search ? `?${search}` : ''}`,
            ...(signedIn && { headers: { cookie: admin } }),
            ...(op.method !== 'GET' && op.method !== 'DELETE' && { payload: payload as object }),
          });
          requests++;
          expect(res.statusCode, `${op.method} ${path}: ${res.body.slice(0, 200)}`).toBeLessThan(
            500,
          );
          if (res.statusCode >= 400) {
            const error = res.json().error;
            expect(typeof error?.code, `${op.method} ${path}`).toBe('string');
            expect(typeof error?.message, `${op.method} ${path}`).toBe('string');
          }
        },
      ),
      { numRuns: 4000 },
    );
    console.log(`fuzz: ${requests} requests over ${operations.length} operations, no 5xx`);
  }, 240_000);
});
