import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { auditKeyPath } from '@rapor/db/audit-chain';
import { openDb } from '@rapor/db/open';
import { seedDemo } from '@rapor/db/seed';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A demo-seeded database made once per run; tests copy it (see test-app). */
    demoTemplate: string;
  }
}

/** The demo's clock when tests seed it: every test database holds the same demo. */
export const DEMO_SEED_CLOCK = new Date('2026-11-01T00:00:00Z');

// The api and e2e projects each run this setup in the one main process: the demo is seeded
// once per run and removed when the last project is done with it.
const shared = globalThis as { raporDemoTemplate?: Promise<string>; raporTemplateUsers?: number };

async function seedTemplate(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rapor-run-template-'));
  const work = join(dir, 'seeding.db');
  const handle = openDb(work);
  await seedDemo(handle.db, DEMO_SEED_CLOCK);
  const path = join(dir, 'demo.db');
  // VACUUM INTO writes a consistent single-file copy, WAL included.
  handle.sqlite.prepare(`VACUUM INTO '${path}'`).run();
  handle.close();
  copyFileSync(auditKeyPath(work), auditKeyPath(path));
  return path;
}

export default async function setup(project: TestProject) {
  shared.raporDemoTemplate ??= seedTemplate();
  shared.raporTemplateUsers = (shared.raporTemplateUsers ?? 0) + 1;
  const path = await shared.raporDemoTemplate;
  project.provide('demoTemplate', path);
  return () => {
    shared.raporTemplateUsers = (shared.raporTemplateUsers ?? 1) - 1;
    if (shared.raporTemplateUsers === 0) rmSync(dirname(path), { recursive: true, force: true });
  };
}
