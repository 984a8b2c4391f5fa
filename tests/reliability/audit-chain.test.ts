import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { openDb } from '@rapor/db/open';
import { AuditChain } from '@rapor/shared/write-schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { resultOf } from '../helpers/demo-ids';
import { ROOT } from '../helpers/server-process';
import { login, makeTestApp, type TestApp } from '../helpers/test-app';

// The audit trail is tamper-evident: deleting an entry or re-attributing one in the database
// file is found at the first entry whose link no longer holds, by the API the admin page reads
// and by `pnpm run audit:verify`.

function verifyCli(path: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli/audit-verify.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: path },
    encoding: 'utf8',
  });
}

describe('a hash-chained audit trail', () => {
  let t: TestApp;
  afterEach(async () => t?.close());

  /** A demo database with a few audited writes: sign-ins, and the chair edits MP's narrative three times. */
  async function withEntries(): Promise<{ admin: string; ids: number[] }> {
    t = await makeTestApp({ demo: true });
    const chair = await login(t.app, 'chair-mp');
    for (const narrative of ['satu', 'dua', 'tiga']) {
      const { version } = await resultOf(t.app, chair, 2025, 'MP');
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/periods/2025/areas/MP',
        headers: { cookie: chair },
        payload: { version, narrative: `Narasi ${narrative}` },
      });
      expect(res.statusCode).toBe(200);
    }
    // Signing in is audited too: read the ids once the admin is in.
    const admin = await login(t.app, 'admin');
    const { sqlite, close } = openDb(t.path);
    const ids = (
      sqlite.prepare('SELECT id FROM audit_log ORDER BY id').all() as { id: number }[]
    ).map((r) => r.id);
    close();
    return { admin, ids };
  }
  const chain = async (cookie: string) =>
    AuditChain.parse(
      (await t.app.inject({ url: '/api/v1/audit/chain', headers: { cookie } })).json(),
    );
  /** What someone with the database file (and no key) does. */
  const tamper = (sql: string, ...params: unknown[]) => {
    const { sqlite, close } = openDb(t.path);
    sqlite.prepare(sql).run(...params);
    close();
  };

  it('holds for what the app wrote; only the admin reads its state', async () => {
    const { admin, ids } = await withEntries();
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(await chain(admin)).toMatchObject({ ok: true, entries: ids.length, unchained: 0 });
    expect((await t.app.inject({ url: '/api/v1/audit/chain' })).statusCode).toBe(401);
    const chair = await login(t.app, 'chair-mp');
    expect(
      (await t.app.inject({ url: '/api/v1/audit/chain', headers: { cookie: chair } })).statusCode,
    ).toBe(403);
    const now = await chain(admin);
    const cli = verifyCli(t.path);
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain(`utuh: ${now.entries} catatan`);
  });

  it('finds a deleted entry at the entry after it', async () => {
    const { admin, ids } = await withEntries();
    const [, middle, next] = ids;
    tamper('DELETE FROM audit_log WHERE id = ?', middle);
    expect(await chain(admin)).toMatchObject({ ok: false, brokenAt: next });
    const cli = verifyCli(t.path);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`terputus pada catatan #${next}`);
  });

  it('finds a re-attributed entry, even with a hash recomputed without the key', async () => {
    const { admin, ids } = await withEntries();
    const target = ids[1] as number;
    tamper(
      'UPDATE audit_log SET user_id = (SELECT id FROM users WHERE username = ?) WHERE id = ?',
      'evaluator',
      target,
    );
    expect(await chain(admin)).toMatchObject({ ok: false, brokenAt: target });
    const forged = createHash('sha256').update('forged').digest('hex');
    tamper('UPDATE audit_log SET hash = ? WHERE id = ?', forged, target);
    expect(await chain(admin)).toMatchObject({ ok: false, brokenAt: target });
    expect(verifyCli(t.path).status).toBe(1);
  });
});
