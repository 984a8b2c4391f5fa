import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditKeyPath } from '@rapor/db/audit-chain';
import { type OpenDb, openDb } from '@rapor/db/open';
import { seedDemo } from '@rapor/db/seed';
import { buildApp } from '@rapor/server/app';
import { type Config, testConfig } from '@rapor/server/config';
import { APP_REQUEST_HEADER } from '@rapor/shared/schemas';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { DEMO_SEED_CLOCK } from './demo-template.setup';

export interface TestApp {
  app: FastifyInstance;
  db: OpenDb['db'];
  sqlite: OpenDb['sqlite'];
  path: string;
  close(): Promise<void>;
}

/** A fresh temporary SQLite file (migrated), optionally with the demo seed, and the app on it. */
export async function makeTestApp(
  options: { demo?: boolean; from?: string; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'rapor-test-'));
  const path = join(dir, 'test.db');
  if (options.from) copyWithKey(options.from, path);
  const template = options.demo && !options.from ? await runTemplate() : undefined;
  if (template) copyWithKey(template, path);
  const handle = openDb(path);
  if (options.demo && !template) await seedDemo(handle.db, DEMO_SEED_CLOCK);
  const app = await buildApp({
    db: handle.db,
    config: testConfig({
      databasePath: path,
      clientDist: join(dir, 'no-client'),
      now: () => new Date('2026-11-24T03:00:00Z'),
      ...options.config,
    }),
  });
  sendAsTheApp(app);
  return {
    app,
    db: handle.db,
    sqlite: handle.sqlite,
    path,
    async close() {
      await app.close();
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A database file copied with its audit key: its entries were chained with that key. */
function copyWithKey(from: string, to: string): void {
  copyFileSync(from, to);
  if (existsSync(auditKeyPath(from))) copyFileSync(auditKeyPath(from), auditKeyPath(to));
}

/**
 * The demo database the run's global setup seeded once (tests/helpers/demo-template.setup.ts),
 * or undefined outside a vitest run (screenshots, benchmarks), where each app seeds its own.
 */
async function runTemplate(): Promise<string | undefined> {
  if (!process.env.VITEST) return undefined;
  const { inject } = await import('vitest');
  return inject('demoTemplate');
}

/** Signs in through the API and returns the session cookie header for later requests. */
export async function login(
  app: FastifyInstance,
  username: string,
  password = 'rapor-demo',
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'rapor_session');
  if (!cookie) throw new Error('no session cookie');
  return `rapor_session=${cookie.value}`;
}

/**
 * A demo-seeded database file made once, with `prepare` applied through the API; each test
 * then starts from its own copy (makeTestApp({ from })), so no test sees another's writes.
 */
export async function demoTemplate(prepare?: (t: TestApp) => Promise<void>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rapor-template-'));
  const path = join(dir, 'template.db');
  const seeded = prepare ? undefined : await runTemplate();
  if (seeded) {
    copyWithKey(seeded, path);
    return path;
  }
  const t = await makeTestApp({ demo: true });
  if (prepare) await prepare(t);
  // VACUUM INTO writes a consistent single-file copy, WAL included.
  t.sqlite.prepare(`VACUUM INTO '${path}'`).run();
  copyFileSync(auditKeyPath(t.path), auditKeyPath(path));
  await t.close();
  return path;
}

/** The header the app's own client sends on every request (see plugins/same-origin). */
export const APP_HEADERS = { [APP_REQUEST_HEADER]: '1' } as const;

/**
 * Tests speak to the server as the app's client does: `inject` adds the app's request header
 * unless a test sets that header itself (to '' to send a request without it).
 */
export function sendAsTheApp(app: FastifyInstance): void {
  const inject = app.inject.bind(app);
  const withHeader = (opts: InjectOptions): InjectOptions => {
    const headers = { ...(opts.headers as Record<string, string> | undefined) };
    if (!(APP_REQUEST_HEADER in headers)) headers[APP_REQUEST_HEADER] = '1';
    else if (headers[APP_REQUEST_HEADER] === '') delete headers[APP_REQUEST_HEADER];
    return { ...opts, headers };
  };
  app.inject = ((opts?: InjectOptions | string, cb?: unknown) => {
    const wrapped = typeof opts === 'object' ? withHeader(opts) : opts;
    return (inject as (o?: unknown, c?: unknown) => unknown)(wrapped, cb);
  }) as FastifyInstance['inject'];
}
