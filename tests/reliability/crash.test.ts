import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditKeyPath, verifyAuditChain } from '@rapor/db/audit-chain';
import { checkDatabaseFile } from '@rapor/db/database-file';
import { openDb } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import { APP_REQUEST_HEADER } from '@rapor/shared/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { signInOver, startServerProcess } from '../helpers/server-process';
import { demoTemplate } from '../helpers/test-app';

// SIGKILL in the middle of a stream of writes, several times: every write the server
// acknowledged is there after each restart, the file passes SQLite's integrity check and the
// audit chain still holds.

const ROUNDS = 4;

describe('crashes under a stream of writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapor-crash-'));
  const path = join(dir, 'rapor.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`loses no acknowledged write over ${ROUNDS} SIGKILLs`, async () => {
    const template = await demoTemplate();
    copyFileSync(template, path);
    copyFileSync(auditKeyPath(template), auditKeyPath(path));
    const acknowledged: string[] = [];
    let attempted = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const server = await startServerProcess({ DATABASE_PATH: path, SEED_DEMO: '0' });
      const cookie = await signInOver(server.url, 'admin');
      // Eight writers at once, until the process is killed under them.
      let alive = true;
      const writer = async (w: number) => {
        for (let i = 0; alive; i++) {
          const username = `crash-${round}-${w}-${i}`;
          attempted++;
          try {
            const res = await fetch(`${server.url}/api/v1/users`, {
              method: 'POST',
              headers: { cookie, 'content-type': 'application/json', [APP_REQUEST_HEADER]: '1' },
              body: JSON.stringify({
                username,
                displayName: `Uji ${username}`,
                role: 'viewer',
                password: 'sandi-uji-kerusakan',
              }),
            });
            if (res.status === 201) acknowledged.push(username);
          } catch {
            return; // the connection died with the process
          }
        }
      };
      const writers = Array.from({ length: 8 }, (_, w) => writer(w));
      await new Promise((r) => setTimeout(r, 1_000 + round * 300));
      await server.kill();
      alive = false;
      await Promise.all(writers);
    }
    expect(acknowledged.length).toBeGreaterThan(ROUNDS * 5);

    expect(checkDatabaseFile(path)).toMatchObject({ ok: true });
    const { db, sqlite, close } = openDb(path);
    try {
      const users = new Set(
        db
          .select({ u: t.users.username })
          .from(t.users)
          .all()
          .map((r) => r.u),
      );
      expect(acknowledged.filter((u) => !users.has(u))).toEqual([]);
      expect(verifyAuditChain(sqlite)).toMatchObject({ ok: true });
      console.log(
        `crash test: ${ROUNDS} SIGKILLs, ${attempted} writes sent, ${acknowledged.length} acknowledged, none lost`,
      );
    } finally {
      close();
    }
  }, 180_000);
});
