import { existsSync } from 'node:fs';
import { auditKeyPath, verifyAuditChain } from '@rapor/db/audit-chain';
import { openDb } from '@rapor/db/open';
import { auditCheckpointFileOf, loadConfig } from '../config';

// pnpm run audit:verify — walks the audit trail's hash chain and checks it against the latest
// signed checkpoint; names the first entry where it breaks (exit 1), or says it holds with the
// count and the head. A row the app never wrote is reported, never a crash.
const config = loadConfig(process.env);
const { databasePath } = config;
if (!existsSync(databasePath)) {
  console.error(`Basis data ${databasePath} tidak ada.`);
  process.exit(2);
}
if (!existsSync(auditKeyPath(databasePath))) {
  console.error(
    `Kunci jejak audit ${auditKeyPath(databasePath)} tidak ada: tanpa kunci itu rantai tidak dapat diperiksa.`,
  );
  process.exit(2);
}
const checkpoints = auditCheckpointFileOf(config) ?? undefined;
const { sqlite, close } = openDb(databasePath);
try {
  const state = verifyAuditChain(sqlite, checkpoints);
  const against = state.checkpoint
    ? ` Diperiksa terhadap titik periksa ${state.checkpoint.at} (${state.checkpoint.entries} catatan).`
    : '';
  if (state.ok) {
    console.log(
      `Rantai jejak audit utuh: ${state.entries} catatan (${state.unchained} dari sebelum rantai dimulai), kepala ${state.head ?? '—'}.${against}`,
    );
  } else {
    const where = state.brokenAt > 0 ? ` pada catatan #${state.brokenAt}` : '';
    console.error(
      `Rantai jejak audit terputus${where}: ${state.reason}. ${state.entries} catatan diperiksa.${against}`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`Jejak audit tidak dapat diperiksa: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  close();
}
