import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OpenDb, openDb } from '@rapor/db/open';
import { seedDemo } from '@rapor/db/seed';
import { buildApp } from '@rapor/server/app';
import { type Config, testConfig } from '@rapor/server/config';
import type { FastifyInstance } from 'fastify';

export interface TestApp {
  app: FastifyInstance;
  db: OpenDb['db'];
  path: string;
  close(): Promise<void>;
}

/** A fresh temporary SQLite file (migrated), optionally with the demo seed, and the app on it. */
export async function makeTestApp(
  options: { demo?: boolean; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'rapor-test-'));
  const path = join(dir, 'test.db');
  const handle = openDb(path);
  if (options.demo) await seedDemo(handle.db, new Date('2026-11-01T00:00:00Z'));
  const app = await buildApp({
    db: handle.db,
    config: testConfig({
      databasePath: path,
      clientDist: join(dir, 'no-client'),
      now: () => new Date('2026-11-24T03:00:00Z'),
      ...options.config,
    }),
  });
  return {
    app,
    db: handle.db,
    path,
    async close() {
      await app.close();
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
