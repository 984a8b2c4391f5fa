import type { Db } from '@rapor/db/open';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config';
import { todayWib } from '../routes/common';
import { syncOpenYears } from '../services/plan-grading';

const HOUR = 3_600_000;

/**
 * Keeps the items the action plans score up to the day: when a quarter's deadline passes
 * unreported, A.2 changes with no write to bring it. Runs when the server is ready and hourly;
 * with several processes on one database each finds the values right after the first one.
 */
export const planSync = fp(
  async (app: FastifyInstance, { db, config }: { db: Db; config: Config }) => {
    const run = () => {
      try {
        const now = config.now();
        syncOpenYears(db, todayWib(now), now);
      } catch (err) {
        app.log.error({ err }, 'action-plan items sync failed');
      }
    };
    const timer = setInterval(run, HOUR);
    timer.unref();
    app.addHook('onReady', async () => run());
    app.addHook('onClose', async () => clearInterval(timer));
  },
);
