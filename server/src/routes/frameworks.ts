import * as t from '@rapor/db/schema';
import { FrameworkDto, FrameworkIdParam, FrameworksResponse } from '@rapor/shared/schemas';
import { asc } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app';
import { frameworkOf } from '../services/year-data';
import { readErrors } from './common';

/** Public reference data: the framework versions and their weighted trees. */
export const frameworkRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db }) => {
  app.get(
    '/api/v1/frameworks',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['reference'],
        summary: 'Framework versions',
        response: { 200: FrameworksResponse },
      },
    },
    async () => ({
      frameworks: db
        .select()
        .from(t.frameworks)
        .orderBy(asc(t.frameworks.id))
        .all()
        .map((f) => ({ id: f.id, name: { id: f.nameId, en: f.nameEn }, regulation: f.regulation })),
    }),
  );
  app.get(
    '/api/v1/frameworks/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['reference'],
        summary: 'One framework with its tree of components, areas and indicators',
        params: FrameworkIdParam,
        response: { 200: FrameworkDto, ...readErrors },
      },
    },
    async (request) => frameworkOf(db, request.params.id) as FrameworkDto,
  );
};
