import { DEMO_PASSWORD } from '@rapor/db/demo-content';
import { openDb } from '@rapor/db/open';
import { isEmpty, seedDemo } from '@rapor/db/seed';
import { holdServerLock } from '@rapor/db/server-lock';
import { buildApp } from './app';
import { auditCheckpointFileOf, ConfigError, evidenceDirOf, loadConfig } from './config';
import { documentShippedFrameworks } from './services/admin/framework-documentation';
import { anyUserHasPassword } from './services/admin/users-service';
import { scheduledBackup } from './services/operations/backup';

// The process entry: open and migrate the database, seed the demo when empty, listen,
// and close cleanly on SIGTERM/SIGINT so no write is cut off halfway.
const config = (() => {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`Refusing to start. ${err.message}`);
    process.exit(1);
  }
})();
if (config.production && config.seedDemo) {
  console.error(
    'Refusing to start: demo data (SEED_DEMO=1) is not allowed with NODE_ENV=production.',
  );
  process.exit(1);
}
const { db, close } = openDb(config.databasePath);
if (config.production && (await anyUserHasPassword(db, DEMO_PASSWORD))) {
  console.error(
    'Refusing to start: an active account still has the demo password. Reset it first (pnpm users reset-password).',
  );
  close();
  process.exit(1);
}
if (config.seedDemo && isEmpty(db)) {
  const report = await seedDemo(db);
  console.log(`Demo data seeded into ${config.databasePath}: years ${report.years.join(', ')}`);
}
const documented = documentShippedFrameworks(db, new Date());
if (documented.length > 0)
  console.log(`Framework documentation brought up to date: ${documented.join(', ')}`);
const app = await buildApp({ db, config });
// While it runs, a restore refuses to replace the database under it.
const releaseLock =
  config.databasePath === ':memory:' ? () => {} : holdServerLock(config.databasePath);
process.on('exit', releaseLock);

// A request a client has already sent may still sit unread in a socket buffer when the
// signal comes (the loop was busy): Node counts its connection as idle, and close() would
// reset it. So the server first goes on reading, telling every client to close its connection
// after the answer, until no new request has come in for a moment (at most a few seconds),
// and only then closes; close() waits for the requests under way.
const QUIET_MS = 150;
const MOST_MS = 5_000;
let closing = false;
let received = 0;
app.addHook('onRequest', async () => {
  received++;
});
app.addHook('onSend', async (_request, reply) => {
  if (closing) reply.header('connection', 'close');
});
async function quiesce() {
  const until = Date.now() + MOST_MS;
  let seen = -1;
  while (seen !== received && Date.now() < until) {
    seen = received;
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  }
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await quiesce();
      await app.close();
    } finally {
      close();
      process.exit(0);
    }
  });
}

const { backups } = config;
if (backups) {
  const paths = {
    databasePath: config.databasePath,
    evidenceDir: evidenceDirOf(config),
    checkpointFile: auditCheckpointFileOf(config),
  };
  const run = () => {
    try {
      const { path, removed } = scheduledBackup(backups.dir, backups.keep, paths);
      app.log.info({ path, removed }, 'scheduled backup written');
    } catch (err) {
      app.log.error({ err }, 'scheduled backup failed');
    }
  };
  setInterval(run, backups.intervalHours * 3_600_000).unref();
  app.addHook('onReady', async () => {
    setImmediate(run);
  });
}

try {
  await app.listen({ port: config.port, host: config.host });
} catch (err) {
  app.log.error(err);
  close();
  process.exit(1);
}
