import type { Db } from '@rapor/db/open';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createTransport } from 'nodemailer';
import type { Config } from '../config';
import { todayWib } from '../routes/common';
import { syncOpenYears } from '../services/evaluation/plan-grading';
import { sendDailyMails } from '../services/operations/reminders';

const HOUR = 3_600_000;

/**
 * What the server does by the clock, when it is ready and then hourly:
 * - keeps the items the action plans score up to the day (a quarter's deadline passing
 *   unreported changes A.2 with no write to bring it);
 * - with SMTP_URL set, sends the day's reminders once (mail_runs records which process did).
 * With several processes on one database each finds the values right and the day claimed
 * after the first one.
 */
export const hourlyJobs = fp(
  async (app: FastifyInstance, { db, config }: { db: Db; config: Config }) => {
    const mail = config.mail;
    const transport = mail ? createTransport(mail.smtpUrl) : null;
    const run = async () => {
      const now = config.now();
      try {
        syncOpenYears(db, todayWib(now), now);
      } catch (err) {
        app.log.error({ err }, 'action-plan items sync failed');
      }
      if (!mail || !transport) return;
      try {
        const result = await sendDailyMails(db, transport, mail, todayWib(now), now);
        if (result.claimed) app.log.info(result, 'daily reminders sent');
      } catch (err) {
        app.log.error({ err }, 'daily reminders failed');
      }
    };
    const timer = setInterval(run, HOUR);
    timer.unref();
    app.addHook('onReady', async () => {
      void run();
    });
    app.addHook('onClose', async () => {
      clearInterval(timer);
      transport?.close();
    });
  },
);
