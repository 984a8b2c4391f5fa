import { auditCheckpointFileOf, evidenceDirOf, loadConfig } from '../config';
import { BackupError, backupTo, restoreFrom, verifyBackup } from '../services/operations/backup';

// pnpm db:backup <folder>    a consistent copy of the database and the evidence files, taken
//                            while the server runs
// pnpm db:verify <folder>    checks a backup without changing anything
// pnpm db:restore <folder>   puts a verified backup in place (stop the server first)
const [command, dir] = process.argv.slice(2);
const config = loadConfig(process.env);
const paths = {
  databasePath: config.databasePath,
  evidenceDir: evidenceDirOf(config),
  checkpointFile: auditCheckpointFileOf(config),
};

try {
  if (!dir || !['backup', 'verify', 'restore'].includes(command ?? '')) {
    console.error('pakai: db-backup backup|verify|restore <folder>');
    process.exit(2);
  }
  if (command === 'backup') {
    const m = backupTo(dir, paths);
    console.log(
      `cadangan ${dir}: basis data (${m.migrations} migrasi, sha256 ${m.sha256.slice(0, 12)}…) dan ${m.evidenceFiles} berkas data dukung`,
    );
  } else if (command === 'verify') {
    const m = verifyBackup(dir);
    console.log(
      `cadangan ${dir} utuh: dibuat ${m.createdAt}, ${m.evidenceFiles} berkas data dukung`,
    );
  } else {
    const { manifest, keptAs } = restoreFrom(dir, paths);
    console.log(`dipulihkan dari cadangan ${manifest.createdAt} ke ${paths.databasePath}`);
    for (const k of keptAs) console.log(`data sebelumnya disimpan sebagai ${k}`);
  }
} catch (e) {
  if (e instanceof BackupError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
