import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { auditKeyPath } from '@rapor/db/audit-chain';
import { checkDatabaseFile, copyConsistent } from '@rapor/db/database-file';

/**
 * Backups as a folder: `rapor.db` (a consistent copy taken while the server keeps writing),
 * `evidence/` (the uploaded files), `audit.key` (the audit chain's key) and `backup.json`
 * (what it holds, with the database's checksum). Copying the live database file is not a
 * backup: acknowledged writes may still sit in its write-ahead log (`-wal`), and a copy taken
 * mid-write can be torn.
 */

export const BACKUP_DB = 'rapor.db';
const MANIFEST = 'backup.json';
const AUDIT_KEY = 'audit.key';

export interface BackupManifest {
  format: 1;
  createdAt: string;
  database: typeof BACKUP_DB;
  sha256: string;
  migrations: number;
  evidenceFiles: number;
  /** the audit trail's key came along (audit.key): without it the chain can't be checked */
  auditKey: boolean;
}

export interface DataPaths {
  databasePath: string;
  evidenceDir: string;
}

export class BackupError extends Error {}

const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .length;
}

/** Checks a database file whole: SQLite's integrity check, then that this app can open it. */
function checkDatabase(file: string): number {
  const check = checkDatabaseFile(file);
  if (check.ok) return check.migrations;
  throw new BackupError(
    check.problem === 'integrity'
      ? `${file}: pemeriksaan integritas gagal (${check.detail}).`
      : `${file} dibuat oleh versi aplikasi yang lebih baru (${check.detail}).`,
  );
}

/**
 * Takes a backup into `dir` (new or empty) while the server may be writing (copyConsistent).
 * Evidence files are written before the row that names them, so copying them afterwards holds
 * every file the copy refers to.
 */
export function backupTo(dir: string, paths: DataPaths, now = new Date()): BackupManifest {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new BackupError(
      `Folder ${dir} tidak kosong: cadangan ditulis ke folder baru atau kosong.`,
    );
  }
  if (!existsSync(paths.databasePath)) {
    throw new BackupError(`Basis data ${paths.databasePath} tidak ada.`);
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const target = join(dir, BACKUP_DB);
  copyConsistent(paths.databasePath, target);
  chmodSync(target, 0o600);
  const migrations = checkDatabase(target);
  const key = auditKeyPath(paths.databasePath);
  if (existsSync(key)) {
    cpSync(key, join(dir, AUDIT_KEY));
    chmodSync(join(dir, AUDIT_KEY), 0o600);
  }
  if (existsSync(paths.evidenceDir))
    cpSync(paths.evidenceDir, join(dir, 'evidence'), { recursive: true });
  const manifest: BackupManifest = {
    format: 1,
    createdAt: now.toISOString(),
    database: BACKUP_DB,
    sha256: sha256Of(target),
    migrations,
    evidenceFiles: countFiles(join(dir, 'evidence')),
    auditKey: existsSync(join(dir, AUDIT_KEY)),
  };
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** Reads and checks a backup folder without changing anything: what `restoreFrom` would put back. */
export function verifyBackup(dir: string): BackupManifest {
  const file = join(dir, MANIFEST);
  if (!existsSync(file))
    throw new BackupError(`${dir} bukan folder cadangan Rapor RB (tidak ada ${MANIFEST}).`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
  const database = join(dir, BACKUP_DB);
  if (manifest.format !== 1 || !existsSync(database)) {
    throw new BackupError(`${dir}: format cadangan tidak dikenal.`);
  }
  if (sha256Of(database) !== manifest.sha256) {
    throw new BackupError(`${database} berbeda dari saat dicadangkan (checksum tidak cocok).`);
  }
  checkDatabase(database);
  const evidence = countFiles(join(dir, 'evidence'));
  if (manifest.auditKey && !existsSync(join(dir, AUDIT_KEY))) {
    throw new BackupError(`${dir}: kunci jejak audit (${AUDIT_KEY}) hilang dari cadangan.`);
  }
  if (evidence !== manifest.evidenceFiles) {
    throw new BackupError(
      `${dir}: ${evidence} berkas data dukung, semestinya ${manifest.evidenceFiles}.`,
    );
  }
  return manifest;
}

/**
 * Puts a verified backup in place of the data (the server must be stopped). What was there is
 * kept beside it as `*.before-restore-<time>`, never deleted; the new file is synced to disk
 * before it is renamed into place, so a crash leaves either the old data or the new.
 */
export function restoreFrom(
  dir: string,
  paths: DataPaths,
  now = new Date(),
): { manifest: BackupManifest; keptAs: string[] } {
  const manifest = verifyBackup(dir);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const kept: string[] = [];
  const keep = (path: string) => {
    if (!existsSync(path)) return;
    const to = `${path}.before-restore-${stamp}`;
    renameSync(path, to);
    kept.push(to);
  };

  mkdirSync(join(paths.databasePath, '..'), { recursive: true });
  const incoming = `${paths.databasePath}.restoring`;
  cpSync(join(dir, BACKUP_DB), incoming);
  chmodSync(incoming, 0o600);
  const fd = openSync(incoming, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  for (const suffix of ['', '-wal', '-shm']) keep(`${paths.databasePath}${suffix}`);
  renameSync(incoming, paths.databasePath);

  const key = auditKeyPath(paths.databasePath);
  keep(key);
  if (manifest.auditKey) {
    cpSync(join(dir, AUDIT_KEY), key);
    chmodSync(key, 0o600);
  }

  keep(paths.evidenceDir);
  const evidence = join(dir, 'evidence');
  if (existsSync(evidence) && statSync(evidence).isDirectory()) {
    cpSync(evidence, paths.evidenceDir, { recursive: true });
  }
  return { manifest, keptAs: kept };
}

const SCHEDULED = /^rapor-\d{4}-\d{2}-\d{2}T/;

/**
 * One scheduled backup into `root/rapor-<time>`, then the oldest scheduled ones beyond `keep`
 * are removed. Only folders this schedule wrote (named so, with a manifest) are ever removed.
 */
export function scheduledBackup(
  root: string,
  keep: number,
  paths: DataPaths,
  now = new Date(),
): { path: string; removed: string[] } {
  mkdirSync(root, { recursive: true, mode: 0o700 });
  const path = join(root, `rapor-${now.toISOString().replace(/[:.]/g, '-')}`);
  backupTo(path, paths, now);
  const ours = readdirSync(root)
    .filter((name) => SCHEDULED.test(name) && existsSync(join(root, name, MANIFEST)))
    .sort();
  const removed = ours.slice(0, Math.max(0, ours.length - keep)).map((name) => join(root, name));
  for (const old of removed) rmSync(old, { recursive: true, force: true });
  return { path, removed };
}
