import { writeCheckpoint } from '@rapor/db/audit-chain';
import type { Db } from '@rapor/db/open';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { auditCheckpointFileOf, type Config } from '../config';

/**
 * Writes a signed checkpoint of the audit trail when the server is ready, every
 * `auditCheckpointMinutes` while it runs and when it stops: cutting the trail's tail or
 * re-signing it is then reported by `audit:verify` against the latest one.
 */
export const auditCheckpoints = fp(
  async (app: FastifyInstance, { db, config }: { db: Db; config: Config }) => {
    const file = auditCheckpointFileOf(config);
    if (!file) return;
    const take = () => {
      try {
        writeCheckpoint(db.$client, file, config.now());
      } catch (err) {
        app.log.error({ err, file }, 'audit checkpoint failed');
      }
    };
    const timer = setInterval(take, config.auditCheckpointMinutes * 60_000);
    timer.unref();
    app.addHook('onReady', async () => take());
    app.addHook('onClose', async () => {
      clearInterval(timer);
      if (db.$client.open) take();
    });
  },
);
