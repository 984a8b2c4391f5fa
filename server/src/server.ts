import { openDb } from '@rapor/db/open';
import { isEmpty, seedDemo } from '@rapor/db/seed';
import { buildApp } from './app';
import { loadConfig } from './config';

// The process entry: open and migrate the database, seed the demo when empty, listen,
// and close cleanly on SIGTERM/SIGINT so no write is cut off halfway.
const config = loadConfig();
const { db, close } = openDb(config.databasePath);
if (config.seedDemo && isEmpty(db)) {
  const report = await seedDemo(db);
  console.log(`Demo data seeded into ${config.databasePath}: years ${report.years.join(', ')}`);
}
const app = await buildApp({ db, config });

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close();
    } finally {
      close();
      process.exit(0);
    }
  });
}

try {
  await app.listen({ port: config.port, host: config.host });
} catch (err) {
  app.log.error(err);
  close();
  process.exit(1);
}
