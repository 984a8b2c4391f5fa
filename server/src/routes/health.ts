import { Health } from '@rapor/shared/schemas';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app';

/** Public: answers once the database is open and migrated (buildApp takes a migrated db). */
export const healthRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db }) => {
  app.get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: { 200: Health },
      },
    },
    async () => {
      db.get(sql`select 1`);
      return { status: 'ok' as const };
    },
  );
};
