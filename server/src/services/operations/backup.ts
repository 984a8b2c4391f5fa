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
import {
  auditKeyPath,
  registerAuditChain,
  verifyAuditChain,
  writeCheckpoint,
} from '@rapor/db/audit-chain';
import { checkDatabaseFile, copyConsistent } from '@rapor/db/database-file';
import { liveServers } from '@rapor/db/server-lock';
import { Database } from '@rapor/db/sqlite-driver';

/**
 * Backups as a folder: `rapor.db` (a consistent copy taken while the server keeps writing),
 * `evidence/` (the uploaded files), `audit.key` (the audit chain's key), `audit-checkpoints`
 * (the installation's signed checkpoints plus one taken of the copy) and `backup.json` (what
 * it holds, with the checksums of the database and the key). Copying the live database file
 * is not a backup: acknowledged writes may still sit in its write-ahead log (`-wal`), and a
 * copy taken mid-write can be torn.
 */

export const BACKUP_DB = 'rapor.db';
const MANIFEST = 'backup.json';
const AUDIT_KEY = 'audit.key';
const CHECKPOINTS = 'audit-checkpoints';

export interface BackupManifest {
  /** 1: before the key's checksum and the checkpoints (still verified and restored) */
  format: 1 | 2;
  createdAt: string;
  database: typeof BACKUP_DB;
  sha256: string;
  migrations: number;
  evidenceFiles: number;
  /** the audit trail's key came along (audit.key): without it the chain can't be checked */
  auditKey: boolean;
  auditKeySha256?: string | null;
}

export interface DataPaths {
  databasePath: string;
  evidenceDir: string;
  /** the installation's audit checkpoints, copied into the backup when present */
  checkpointFile?: string | null;
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
  const hasKey = existsSync(join(dir, AUDIT_KEY));
  if (hasKey) {
    if (paths.checkpointFile && existsSync(paths.checkpointFile))
      cpSync(paths.checkpointFile, join(dir, CHECKPOINTS));
    // A checkpoint of the copy itself: a restored trail cut short is reported.
    withBackupDatabase(dir, (db) => writeCheckpoint(db, join(dir, CHECKPOINTS), now));
  }
  const manifest: BackupManifest = {
    format: 2,
    createdAt: now.toISOString(),
    database: BACKUP_DB,
    sha256: sha256Of(target),
    migrations,
    evidenceFiles: countFiles(join(dir, 'evidence')),
    auditKey: hasKey,
    auditKeySha256: hasKey ? sha256Of(join(dir, AUDIT_KEY)) : null,
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
  if ((manifest.format !== 1 && manifest.format !== 2) || !existsSync(database)) {
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
  checkEvidenceFiles(dir);
  if (manifest.format === 2 && manifest.auditKey) {
    if (sha256Of(join(dir, AUDIT_KEY)) !== manifest.auditKeySha256)
      throw new BackupError(
        `${dir}: kunci jejak audit (${AUDIT_KEY}) bukan kunci saat dicadangkan.`,
      );
    const chain = withBackupDatabase(dir, (db) => verifyAuditChain(db, join(dir, CHECKPOINTS)));
    if (!chain.ok)
      throw new BackupError(`${dir}: jejak audit dalam cadangan tidak utuh (${chain.reason}).`);
  }
  return manifest;
}

/** Opens the backup's database read-only with the backup's own audit key. */
function withBackupDatabase<T>(dir: string, work: (db: InstanceType<typeof Database>) => T): T {
  const db = new Database(join(dir, BACKUP_DB), { readonly: true, fileMustExist: true });
  try {
    registerAuditChain(db, Buffer.from(readFileSync(join(dir, AUDIT_KEY), 'utf8').trim(), 'hex'));
    return work(db);
  } finally {
    db.close();
  }
}

/** Every evidence file the backup's database names is there, byte for byte (its sha256). */
function checkEvidenceFiles(dir: string): void {
  const db = new Database(join(dir, BACKUP_DB), { readonly: true, fileMustExist: true });
  let rows: { year: number; area_code: string; stored_name: string; sha256: string }[];
  try {
    rows = db
      .prepare('SELECT year, area_code, stored_name, sha256 FROM evidence_files')
      .all() as typeof rows;
  } finally {
    db.close();
  }
  for (const row of rows) {
    const file = join(dir, 'evidence', String(row.year), row.area_code, row.stored_name);
    if (!existsSync(file))
      throw new BackupError(`${dir}: berkas data dukung ${file} hilang dari cadangan.`);
    if (sha256Of(file) !== row.sha256)
      throw new BackupError(`${dir}: berkas data dukung ${file} berubah (checksum tidak cocok).`);
  }
}

/**
 * Puts a verified backup in place of the data; refused while a server runs on it (a write it
 * acknowledged afterwards would be lost). What was there is kept beside it, never deleted: the
 * database as `<name>.before-restore-<time>` with its `-wal` and `-shm` renamed to match, so
 * SQLite opens the set as it was; the new file is synced to disk before it is renamed into
 * place, so a crash leaves either the old data or the new.
 */
export function restoreFrom(
  dir: string,
  paths: DataPaths,
  now = new Date(),
): { manifest: BackupManifest; keptAs: string[] } {
  const running = liveServers(paths.databasePath);
  if (running.length > 0) {
    throw new BackupError(
      `Server masih berjalan pada ${paths.databasePath} (pid ${running.join(', ')}): hentikan server dulu, lalu pulihkan.`,
    );
  }
  const manifest = verifyBackup(dir);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const kept: string[] = [];
  const keep = (path: string, as = `${path}.before-restore-${stamp}`) => {
    if (!existsSync(path)) return;
    renameSync(path, as);
    kept.push(as);
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
  const keptDb = `${paths.databasePath}.before-restore-${stamp}`;
  for (const suffix of ['', '-wal', '-shm'])
    keep(`${paths.databasePath}${suffix}`, `${keptDb}${suffix}`);
  renameSync(incoming, paths.databasePath);

  const key = auditKeyPath(paths.databasePath);
  keep(key);
  if (manifest.auditKey) {
    cpSync(join(dir, AUDIT_KEY), key);
    chmodSync(key, 0o600);
  }
  // The restored trail's checkpoints come back with it: the installation's would describe a
  // trail the restore just replaced.
  if (paths.checkpointFile) {
    keep(paths.checkpointFile);
    if (existsSync(join(dir, CHECKPOINTS))) cpSync(join(dir, CHECKPOINTS), paths.checkpointFile);
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
