import { spawnSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { auditKeyPath, defaultCheckpointPath, writeCheckpoint } from '@rapor/db/audit-chain';
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

  it('reports a trail whose hashes were all removed, even after entries were deleted', async () => {
    const { admin, ids } = await withEntries();
    tamper('UPDATE audit_log SET hash = NULL');
    expect(await chain(admin)).toMatchObject({ ok: false });
    let cli = verifyCli(t.path);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('kehilangan rantainya');
    tamper('DELETE FROM audit_log WHERE id <= ?', ids[Math.floor(ids.length / 2)]);
    cli = verifyCli(t.path);
    expect(cli.status).toBe(1);
  });

  it('reports a tail cut off after a checkpoint', async () => {
    const { admin, ids } = await withEntries();
    const { sqlite, close } = openDb(t.path);
    writeCheckpoint(sqlite, defaultCheckpointPath(t.path), new Date());
    close();
    expect(verifyCli(t.path).status).toBe(0);
    tamper('DELETE FROM audit_log WHERE id >= ?', ids[ids.length - 2]);
    expect(await chain(admin)).toMatchObject({ ok: false });
    const cli = verifyCli(t.path);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('ujungnya dipotong');
  });

  it('refuses a forged checkpoint (not signed with the key)', async () => {
    await withEntries();
    appendFileSync(
      defaultCheckpointPath(t.path),
      `${JSON.stringify({ at: 'x', entries: 1, unchained: 0, headId: 1, head: 'y', mac: 'z' })}\n`,
    );
    const cli = verifyCli(t.path);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('tidak ditandatangani');
  });

  const PLANTED = {
    "re-attributes the chair's change to the evaluator as it is written": `CREATE TRIGGER planted
      AFTER INSERT ON audit_log BEGIN UPDATE audit_log SET user_id =
      (SELECT id FROM users WHERE username = 'evaluator'), actor = 'evaluator' WHERE id = NEW.id; END`,
    'removes an earlier entry whenever one is written': `CREATE TRIGGER planted
      AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log WHERE id = NEW.id - 2; END`,
    'slips a fake deletion in beside a real write': `CREATE TRIGGER planted
      AFTER UPDATE ON area_results BEGIN INSERT INTO audit_log (at, action, entity, entity_id)
      VALUES ('2025-01-01', 'delete', 'area_result', 'palsu'); END`,
    'removes the newest entry before the app links to it': `CREATE TRIGGER planted
      AFTER UPDATE ON area_results BEGIN
      DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log); END`,
  };

  it.each(Object.entries(PLANTED))(
    'cannot be made to sign a rewritten history by a trigger planted in the file that %s',
    async (_what, trigger) => {
      const { admin } = await withEntries();
      expect(await chain(admin)).toMatchObject({ ok: true });
      const { sqlite, close } = openDb(t.path);
      sqlite.exec(trigger);
      close();
      const chair = await login(t.app, 'chair-mp');
      const { version } = await resultOf(t.app, chair, 2025, 'MP');
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/periods/2025/areas/MP',
        headers: { cookie: chair },
        payload: { version, narrative: 'Narasi setelah pemicu ditanam' },
      });
      expect(res.statusCode).toBe(200);
      expect(await chain(admin)).toMatchObject({ ok: false });
      expect(verifyCli(t.path).status).toBe(1);
    },
  );

  it('keeps attribution when users are renamed (the name is chained as written)', async () => {
    const { admin } = await withEntries();
    tamper("UPDATE users SET username = 'tukar' WHERE username = 'chair-mp'");
    tamper("UPDATE users SET username = 'chair-mp' WHERE username = 'evaluator'");
    const entries = (
      await t.app.inject({
        url: '/api/v1/audit?entity=area_result&limit=10',
        headers: { cookie: admin },
      })
    ).json().entries as { user: string }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((e) => e.user))).toEqual(new Set(['chair-mp']));
    // …and editing the name written in an entry breaks the chain.
    tamper("UPDATE audit_log SET actor = 'evaluator' WHERE entity = 'area_result'");
    expect(await chain(admin)).toMatchObject({ ok: false });
  });

  it('reports a BLOB where the app writes JSON, without a stack trace', async () => {
    const { ids } = await withEntries();
    tamper("UPDATE audit_log SET after = x'00ff' WHERE id = ?", ids[1]);
    const cli = verifyCli(t.path);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`terputus pada catatan #${ids[1]}`);
    expect(cli.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps verifying entries the old database trigger chained, and links new ones after them', async () => {
    t = await makeTestApp({ demo: true });
    const key = Buffer.from(readFileSync(auditKeyPath(t.path), 'utf8').trim(), 'hex');
    const { sqlite, close } = openDb(t.path);
    // Three entries as migration 0006's trigger wrote them: HMAC over SQLite's json_array.
    let previous = '';
    const ids: number[] = [];
    for (const n of [1, 2, 3]) {
      const { lastInsertRowid } = sqlite
        .prepare(
          "INSERT INTO audit_log (at, user_id, action, entity, entity_id, after) VALUES (?, NULL, 'update', 'area_result', ?, ?)",
        )
        .run(
          `2024-01-0${n}T00:00:00.000Z`,
          `lama-${n}`,
          JSON.stringify({ n, teks: 'baris\nbaru' }),
        );
      const { entry } = sqlite
        .prepare(
          'SELECT json_array(at, user_id, action, entity, entity_id, scope, before, after) AS entry FROM audit_log WHERE id = ?',
        )
        .get(lastInsertRowid) as { entry: string };
      previous = createHmac('sha256', key)
        .update(previous)
        .update('\n')
        .update(entry)
        .digest('hex');
      sqlite.prepare('UPDATE audit_log SET hash = ? WHERE id = ?').run(previous, lastInsertRowid);
      ids.push(Number(lastInsertRowid));
    }
    close();
    const admin = await login(t.app, 'admin');
    const state = await chain(admin);
    expect(state).toMatchObject({ ok: true, unchained: 0 });
    expect(state.entries).toBeGreaterThan(3);
    tamper('UPDATE audit_log SET entity_id = ? WHERE id = ?', 'diubah', ids[1]);
    expect(await chain(admin)).toMatchObject({ ok: false, brokenAt: ids[1] });
  });
});
