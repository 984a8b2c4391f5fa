import { Health } from '@rapor/shared/schemas';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../config';
import { holdsDemo } from '../services/evaluation/periods-service';
import { loadErrors } from './common';

/** Public: answers once the database is open and migrated (buildApp takes a migrated db). */
export const healthRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  app.get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check; says whether the demo accounts sign in here',
        response: { 200: Health, 429: loadErrors[429] },
      },
    },
    async () => {
      db.get(sql`select 1`);
      return { status: 'ok' as const, demoAccounts: !config.production && holdsDemo(db) };
    },
  );
};
