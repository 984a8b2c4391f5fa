import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { auditKeyFor, registerAuditChain } from './audit-chain';
import * as schema from './schema/index';
import { Database, type SqliteConnection } from './sqlite-driver';

export type Db = BetterSQLite3Database<typeof schema> & { $client: SqliteConnection };
/** A transaction handle; services accept Db | Tx so they compose inside one transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface OpenDb {
  db: Db;
  sqlite: SqliteConnection;
  close(): void;
}

// Found through the package, not this file's place: the compiled server carries this module
// in server/dist, while the migrations stay in the db package.
const MIGRATIONS = join(
  dirname(createRequire(import.meta.url).resolve('@rapor/db/package.json')),
  'migrations',
);

/** How many migrations this version of the app knows: a database with more is from a newer one. */
export function knownMigrations(): number {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8'));
  return (journal.entries as unknown[]).length;
}

/** How many migrations a database file has had applied. */
export function appliedMigrations(sqlite: SqliteConnection): number {
  const row = sqlite
    .prepare(
      "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'",
    )
    .get() as { n: number };
  if (row.n === 0) return 0;
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number })
    .n;
}

/**
 * Opens (creating if needed) the SQLite file, sets the pragmas every connection needs and
 * applies the committed migrations.
 */
export function openDb(path: string): OpenDb {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // Owner only, before WAL mode creates -wal and -shm (SQLite gives them the file's mode).
  if (path !== ':memory:') chmodSync(path, 0o600);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // A writer waits this long for another's lock instead of failing with SQLITE_BUSY at once.
  sqlite.pragma('busy_timeout = 5000');
  // FULL: a transaction is on disk before its commit returns, so an acknowledged write
  // survives a power cut or an OS crash too (NORMAL in WAL mode keeps the file consistent but
  // may lose the last commits then). Writes here are a person's edits: the fsync is cheap.
  sqlite.pragma('synchronous = FULL');
  // The installation's audit key for this connection: audit entries are signed with it.
  registerAuditChain(sqlite, auditKeyFor(path));
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return { db, sqlite, close: () => sqlite.close() };
}

/**
 * Runs `fn` in a write transaction that takes the write lock at BEGIN (IMMEDIATE). A deferred
 * transaction that reads, then writes after another connection committed, fails at once with
 * SQLITE_BUSY_SNAPSHOT in WAL mode; taking the lock first makes it wait (busy_timeout) instead.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Tx) => T): T {
  return db.transaction(
    (tx) => {
      connections.set(tx, db.$client);
      return fn(tx);
    },
    { behavior: 'immediate' },
  );
}

const connections = new WeakMap<Tx, SqliteConnection>();

/** The SQLite connection under a database handle or one of its write transactions. */
export function connectionOf(handle: Db | Tx): SqliteConnection {
  const inTransaction = connections.get(handle as Tx);
  if (inTransaction) return inTransaction;
  if ('$client' in handle && handle.$client) return handle.$client;
  throw new Error('connectionOf: not a handle from openDb or writeTransaction');
}
