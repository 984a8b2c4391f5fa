import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '@rapor/db/open';
import { areaResults } from '@rapor/db/schema';
import { isEmpty, seedDemo } from '@rapor/db/seed';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

describe('openDb', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapor-db-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the file, sets WAL, foreign keys and a busy timeout, and migrates', () => {
    const { sqlite, close } = openDb(join(dir, 'nested', 'r.db'));
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = sqlite.prepare("select name from sqlite_master where type='table'").all() as {
      name: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'periods',
        'area_results',
        'indicator_answers',
        'recommendations',
        'audit_log',
        'sessions',
      ]),
    );
    close();
  });

  it('opens an existing database again without re-applying migrations', () => {
    const path = join(dir, 'r.db');
    openDb(path).close();
    const { sqlite, close } = openDb(path);
    const applied = sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as {
      n: number;
    };
    const journal = JSON.parse(
      readFileSync(new URL('../../db/migrations/meta/_journal.json', import.meta.url), 'utf8'),
    );
    expect(applied.n).toBe(journal.entries.length);
    close();
  });

  it('enforces foreign keys: a result for a period that does not exist is refused', () => {
    const { db, close } = openDb(join(dir, 'r.db'));
    expect(() =>
      db.insert(areaResults).values({ year: 1999, areaCode: 'MP', updatedAt: 'x' }).run(),
    ).toThrow(/FOREIGN KEY/);
    close();
  });

  it('seeds the demo only into an empty database', async () => {
    const { db, close } = openDb(join(dir, 'r.db'));
    expect(isEmpty(db)).toBe(true);
    const report = await seedDemo(db);
    expect(isEmpty(db)).toBe(false);
    expect(report.users).toBe(11);
    await expect(seedDemo(db)).rejects.toThrow(/UNIQUE/);
    close();
  });
});
