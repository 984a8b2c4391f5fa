import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type Database from 'better-sqlite3';

// The audit trail as a chain: each entry's hash is an HMAC of the entry and the previous
// entry's hash, keyed with a secret kept outside the database. Whoever edits or deletes rows
// in the file cannot recompute the hashes without the key, so `verifyAuditChain` finds the
// first entry whose link no longer holds. Cutting entries off the end leaves a shorter valid
// chain: compare the count and head with a value written down elsewhere (the admin page
// shows both).

/** The key file beside a database; created (owner-only) on first use. */
export const auditKeyPath = (databasePath: string) => `${databasePath}.audit-key`;

export function auditKeyFor(databasePath: string): Buffer {
  if (databasePath === ':memory:') return randomBytes(32);
  const file = auditKeyPath(databasePath);
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (e) {
      // Another process made it first: use theirs.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}

const link = (key: Buffer, previous: string | null, entry: string) =>
  createHmac('sha256', key)
    .update(previous ?? '')
    .update('\n')
    .update(entry)
    .digest('hex');

const keys = new WeakMap<Database.Database, Buffer>();

/** Lets this connection write audit entries: the trigger calls audit_link for each. */
export function registerAuditChain(sqlite: Database.Database, key: Buffer): void {
  keys.set(sqlite, key);
  sqlite.function('audit_link', { deterministic: true }, (previous, entry) =>
    link(key, previous as string | null, String(entry)),
  );
}

export type ChainState =
  | { ok: true; entries: number; unchained: number; head: string | null }
  | { ok: false; entries: number; unchained: number; brokenAt: number; reason: string };

/**
 * Walks the trail oldest first. Entries before the chain began (NULL hash, older databases)
 * are counted, not checked; after the first chained entry every link must hold.
 */
export function verifyAuditChain(sqlite: Database.Database): ChainState {
  const key = keys.get(sqlite);
  if (!key) throw new Error('audit chain: connection not opened with openDb');
  const rows = sqlite
    .prepare(
      `SELECT id, hash, json_array(at, user_id, action, entity, entity_id, scope, before, after) AS entry
       FROM audit_log ORDER BY id`,
    )
    .all() as { id: number; hash: string | null; entry: string }[];
  let previous: string | null = null;
  let unchained = 0;
  let chained = false;
  for (const row of rows) {
    if (row.hash === null && !chained) {
      unchained++;
      continue;
    }
    const expected = link(key, previous, row.entry);
    if (row.hash !== expected) {
      return {
        ok: false,
        entries: rows.length,
        unchained,
        brokenAt: row.id,
        reason:
          row.hash === null
            ? 'catatan tanpa rantai di tengah jejak'
            : 'catatan ini diubah, atau catatan sebelumnya dihapus atau diubah',
      };
    }
    chained = true;
    previous = row.hash;
  }
  return { ok: true, entries: rows.length, unchained, head: previous };
}
