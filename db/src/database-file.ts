import { appliedMigrations, knownMigrations } from './open-db';
import { Database } from './sqlite-driver';

// Whole-file operations on a database, for backups: SQLite's own, never a file copy.

/**
 * Writes a consistent copy of the database at `source` to `target` while other connections
 * may be writing: `VACUUM INTO` reads one snapshot, including what still sits in the
 * write-ahead log, so every write committed before it started is in the copy and none is torn.
 */
export function copyConsistent(source: string, target: string): void {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
}

export type FileCheck =
  | { ok: true; migrations: number }
  | { ok: false; problem: 'integrity' | 'newer'; detail: string };

/** SQLite's integrity check, then whether this version of the app knows every migration in it. */
export function checkDatabaseFile(path: string): FileCheck {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const result = String(db.pragma('integrity_check', { simple: true }));
    if (result !== 'ok') return { ok: false, problem: 'integrity', detail: result };
    const migrations = appliedMigrations(db);
    const known = knownMigrations();
    if (migrations > known)
      return {
        ok: false,
        problem: 'newer',
        detail: `${migrations} migrasi, aplikasi ini ${known}`,
      };
    return { ok: true, migrations };
  } finally {
    db.close();
  }
}
