import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type Database from 'better-sqlite3';

// The audit trail as a chain: each entry's hash is an HMAC of the entry (its id and the name
// of the user as written) and the previous entry's hash, keyed with a secret kept outside the
// database and computed by the application: the key never enters SQL, so a trigger planted in
// the file cannot make the server sign a history of its choosing. Whoever edits, deletes,
// reorders or un-hashes rows cannot recompute the hashes without the key, so `verifyAuditChain`
// finds the first entry whose link no longer holds. Cutting entries off the end leaves a
// shorter valid chain: that is what the checkpoints are for. Signed with the same key and
// appended to a file that can live where the database's writers cannot write, each says how
// many entries there were and which was the head; a chain that no longer reaches the latest
// checkpoint's head, or has fewer entries, was cut.
//
// What it cannot show: anything done by someone who holds the key (they can re-sign the chain
// and write checkpoints), and entries cut after the latest checkpoint.

/** The key file beside a database; created (owner-only) on first use. */
export const auditKeyPath = (databasePath: string) => `${databasePath}.audit-key`;

/** Where checkpoints go unless AUDIT_CHECKPOINT_FILE says otherwise. */
export const defaultCheckpointPath = (databasePath: string) => `${databasePath}.audit-checkpoints`;

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

const hmac = (key: Buffer, ...parts: string[]) => {
  const mac = createHmac('sha256', key);
  parts.forEach((part, i) => {
    if (i > 0) mac.update('\n');
    mac.update(part);
  });
  return mac.digest('hex');
};

/** Entries chained by the application carry this version; NULL is the old trigger's form. */
export const CHAIN_VERSION = 2;

/** An audit row as stored: JSON columns as their text. */
export interface StoredAuditRow {
  id: number;
  at: unknown;
  user_id: unknown;
  actor: unknown;
  action: unknown;
  entity: unknown;
  entity_id: unknown;
  scope: unknown;
  before: unknown;
  after: unknown;
  hash: unknown;
  chain_version: unknown;
}

/**
 * The text an entry's HMAC covers, or null when the row holds something the application never
 * writes (a BLOB, a number where text belongs): such a row is a break, never a crash.
 */
export function canonicalEntry(row: StoredAuditRow): string | null {
  const text = (v: unknown) => v === null || typeof v === 'string';
  if (
    !Number.isInteger(row.id) ||
    typeof row.at !== 'string' ||
    !(row.user_id === null || Number.isInteger(row.user_id)) ||
    ![row.actor, row.scope, row.before, row.after].every(text) ||
    ![row.action, row.entity, row.entity_id].every((v) => typeof v === 'string')
  )
    return null;
  return JSON.stringify([
    CHAIN_VERSION,
    row.id,
    row.at,
    row.user_id,
    row.actor,
    row.action,
    row.entity,
    row.entity_id,
    row.scope,
    row.before,
    row.after,
  ]);
}

const keys = new WeakMap<Database.Database, Buffer>();

/** Lets this connection write and check audit entries with the installation's key. */
export function registerAuditChain(sqlite: Database.Database, key: Buffer): void {
  keys.set(sqlite, key);
}

function keyOf(sqlite: Database.Database): Buffer {
  const key = keys.get(sqlite);
  if (!key) throw new Error('audit chain: connection not opened with openDb');
  return key;
}

const ROW_COLUMNS =
  'id, at, user_id, actor, action, entity, entity_id, scope, before, after, hash, chain_version';

/** An entry as the application writes it: JSON columns already as their text. */
export interface NewAuditEntry {
  at: string;
  userId: number | null;
  actor: string | null;
  action: string;
  entity: string;
  entityId: string;
  scope: string | null;
  before: string | null;
  after: string | null;
}

/**
 * Appends an entry signed with what the application means to write, never with what the
 * database hands back (a trigger planted in the file may change a row as it is inserted: the
 * stored row would then no longer match its hash). Its id follows both the highest id and the
 * AUTOINCREMENT counter, so an entry deleted from the tail leaves a gap the walk reports. Runs
 * inside the caller's write transaction: nothing comes between reading the head and linking.
 */
export function appendChainedEntry(sqlite: Database.Database, entry: NewAuditEntry): number {
  const key = keyOf(sqlite);
  const head = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { id: number; hash: string | null }
    | undefined;
  const counter = sqlite
    .prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")
    .get() as { seq: number } | undefined;
  const id = Math.max(head?.id ?? 0, counter?.seq ?? 0) + 1;
  const row: StoredAuditRow = {
    id,
    at: entry.at,
    user_id: entry.userId,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    scope: entry.scope,
    before: entry.before,
    after: entry.after,
    hash: null,
    chain_version: CHAIN_VERSION,
  };
  const text = canonicalEntry(row);
  if (text === null) throw new Error('audit entry cannot be signed');
  sqlite
    .prepare(
      `INSERT INTO audit_log (${ROW_COLUMNS}) VALUES (@id, @at, @user_id, @actor, @action, @entity, @entity_id, @scope, @before, @after, @hash, @chain_version)`,
    )
    .run({ ...row, hash: hmac(key, head?.hash ?? '', text) });
  return id;
}

export interface Checkpoint {
  at: string;
  /** entries in the trail when it was taken */
  entries: number;
  /** entries from before the chain began (an upgraded database) */
  unchained: number;
  headId: number | null;
  head: string | null;
}

export type ChainState =
  | {
      ok: true;
      entries: number;
      unchained: number;
      head: string | null;
      checkpoint: Checkpoint | null;
    }
  | {
      ok: false;
      entries: number;
      unchained: number;
      brokenAt: number;
      reason: string;
      checkpoint: Checkpoint | null;
    };

const checkpointMac = (key: Buffer, c: Checkpoint) =>
  hmac(
    key,
    'checkpoint',
    c.at,
    String(c.entries),
    String(c.unchained),
    String(c.headId),
    c.head ?? '',
  );

/** The trail's count and head now, signed, appended as one line to `file`. */
export function writeCheckpoint(sqlite: Database.Database, file: string, at: Date): Checkpoint {
  const key = keyOf(sqlite);
  const state = walkChain(sqlite, key);
  const head = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { id: number; hash: string | null }
    | undefined;
  const checkpoint: Checkpoint = {
    at: at.toISOString(),
    entries: state.entries,
    unchained: state.unchained,
    headId: head?.id ?? null,
    head: head?.hash ?? null,
  };
  appendFileSync(
    file,
    `${JSON.stringify({ ...checkpoint, mac: checkpointMac(key, checkpoint) })}\n`,
    {
      mode: 0o600,
    },
  );
  return checkpoint;
}

type Latest = { checkpoint: Checkpoint } | { problem: string } | null;

/** The newest checkpoint in the file whose signature holds; a forged or garbled line is a problem. */
export function latestCheckpoint(sqlite: Database.Database, file: string): Latest {
  if (!existsSync(file)) return null;
  const key = keyOf(sqlite);
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  let latest: Checkpoint | null = null;
  for (const [i, line] of lines.entries()) {
    let parsed: Checkpoint & { mac?: unknown };
    try {
      parsed = JSON.parse(line);
    } catch {
      return { problem: `baris ${i + 1} berkas titik periksa rusak` };
    }
    const { mac, ...checkpoint } = parsed;
    const expected = Buffer.from(checkpointMac(key, checkpoint));
    const given = Buffer.from(typeof mac === 'string' ? mac : '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { problem: `titik periksa baris ${i + 1} tidak ditandatangani dengan kunci ini` };
    latest = checkpoint;
  }
  return latest ? { checkpoint: latest } : null;
}

type Walk =
  | {
      ok: true;
      entries: number;
      unchained: number;
      head: string | null;
      hashes: Map<number, string>;
    }
  | { ok: false; entries: number; unchained: number; brokenAt: number; reason: string };

/**
 * Walks the trail oldest first. Entries before the chain began (NULL hash, older databases)
 * are counted, not checked; after the first chained entry every link must hold, ids follow
 * one another without a gap, and a missing hash is a break.
 */
function walkChain(sqlite: Database.Database, key: Buffer): Walk {
  const rows = sqlite
    .prepare(`SELECT ${ROW_COLUMNS} FROM audit_log ORDER BY id`)
    .all() as StoredAuditRow[];
  const legacy = sqlite.prepare(
    `SELECT json_array(at, user_id, action, entity, entity_id, scope, before, after) AS entry
     FROM audit_log WHERE id = ?`,
  );
  const hashes = new Map<number, string>();
  let previous: { id: number; hash: string } | null = null;
  let unchained = 0;
  const broken = (row: StoredAuditRow, reason: string): Walk => ({
    ok: false,
    entries: rows.length,
    unchained,
    brokenAt: row.id,
    reason,
  });
  for (const row of rows) {
    if (row.hash === null && previous === null) {
      unchained++;
      continue;
    }
    if (typeof row.hash !== 'string') return broken(row, 'catatan tanpa rantai di tengah jejak');
    if (previous && row.id !== previous.id + 1)
      return broken(row, `catatan #${previous.id + 1} sampai #${row.id - 1} dihapus`);
    let entry: string | null;
    if (row.chain_version === null) {
      try {
        entry = (legacy.get(row.id) as { entry: string }).entry;
      } catch {
        entry = null;
      }
    } else if (row.chain_version === CHAIN_VERSION) {
      entry = canonicalEntry(row);
    } else {
      entry = null;
    }
    if (entry === null)
      return broken(row, 'catatan ini berisi data yang tidak pernah ditulis aplikasi');
    // The trigger's links (version NULL) were made the same way, over its own entry text.
    const expected = hmac(key, previous?.hash ?? '', entry);
    if (row.hash !== expected)
      return broken(row, 'catatan ini diubah, atau catatan sebelumnya dihapus atau diubah');
    previous = { id: row.id, hash: row.hash };
    hashes.set(row.id, row.hash);
  }
  return { ok: true, entries: rows.length, unchained, head: previous?.hash ?? null, hashes };
}

/**
 * The chain checked link by link and against the latest checkpoint in `checkpointFile`
 * (when the database is a file): the chain must still reach the checkpoint's head with the
 * same hash, hold at least as many entries, and no more unchained ones.
 */
export function verifyAuditChain(sqlite: Database.Database, checkpointFile?: string): ChainState {
  const key = keyOf(sqlite);
  const walk = walkChain(sqlite, key);
  const latest = checkpointFile ? latestCheckpoint(sqlite, checkpointFile) : null;
  const checkpoint = latest && 'checkpoint' in latest ? latest.checkpoint : null;
  if (!walk.ok) return { ...walk, checkpoint };
  const fail = (brokenAt: number, reason: string): ChainState => ({
    ok: false,
    entries: walk.entries,
    unchained: walk.unchained,
    brokenAt,
    reason,
    checkpoint,
  });
  if (latest && 'problem' in latest) return fail(0, latest.problem);
  if (checkpointFile && !checkpoint && walk.entries > 0)
    return fail(0, 'tidak ada titik periksa: pemotongan ujung jejak tidak dapat diperiksa');
  if (checkpoint) {
    if (walk.unchained > checkpoint.unchained)
      return fail(0, `${walk.unchained - checkpoint.unchained} catatan kehilangan rantainya`);
    if (walk.entries < checkpoint.entries)
      return fail(
        checkpoint.headId ?? 0,
        `jejak lebih pendek dari titik periksa ${checkpoint.at} (${walk.entries} < ${checkpoint.entries} catatan): ujungnya dipotong`,
      );
    if (checkpoint.headId !== null && walk.hashes.get(checkpoint.headId) !== checkpoint.head)
      return fail(
        checkpoint.headId,
        `catatan #${checkpoint.headId} dari titik periksa ${checkpoint.at} tidak ada lagi atau berubah`,
      );
  }
  return {
    ok: true,
    entries: walk.entries,
    unchained: walk.unchained,
    head: walk.head,
    checkpoint,
  };
}
