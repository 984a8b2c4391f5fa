import { existsSync } from 'node:fs';
import { auditKeyPath, verifyAuditChain } from '@rapor/db/audit-chain';
import { openDb } from '@rapor/db/open';
import { loadConfig } from '../config';

// pnpm run audit:verify — walks the audit trail's hash chain and names the first entry where it
// breaks (exit 1), or says it holds with the count and the head to write down elsewhere.
const { databasePath } = loadConfig(process.env);
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
const { sqlite, close } = openDb(databasePath);
try {
  const state = verifyAuditChain(sqlite);
  if (state.ok) {
    console.log(
      `Rantai jejak audit utuh: ${state.entries} catatan (${state.unchained} dari sebelum rantai dimulai), kepala ${state.head ?? '—'}.`,
    );
  } else {
    console.error(
      `Rantai jejak audit terputus pada catatan #${state.brokenAt}: ${state.reason}. ${state.entries} catatan diperiksa.`,
    );
    process.exitCode = 1;
  }
} finally {
  close();
}
