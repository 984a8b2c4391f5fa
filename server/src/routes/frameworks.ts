import { FrameworkDto, FrameworkIdParam, FrameworksResponse } from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../config';
import { importFramework } from '../services/admin/framework-import';
import { frameworkToXlsx } from '../services/admin/framework-xlsx';
import {
  frameworkDefinition,
  getFramework,
  listFrameworks,
} from '../services/admin/frameworks-service';
import {
  acceptXlsx,
  loadErrors,
  oneImportAtATime,
  readErrors,
  writeErrors,
  XLSX,
  XLSX_LIMIT,
} from './common';

const ImportQuery = z.object({
  /** check and return the tree without storing it (the admin's preview) */
  dryRun: z.enum(['true', 'false']).optional(),
  /** store under this id instead of the file's (a re-import supersedes, never overwrites) */
  id: z.string().max(40).optional(),
});

/** Public reference data: the framework versions and their weighted trees. */
export const frameworkRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  app.get(
    '/api/v1/frameworks',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['reference'],
        summary: 'Framework versions',
        response: { 200: FrameworksResponse, ...loadErrors },
      },
    },
    async () => ({ frameworks: listFrameworks(db) }),
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
    async (request) => getFramework(db, request.params.id),
  );

  app.get(
    '/api/v1/frameworks/:id/export.xlsx',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['reference'],
        summary: 'The framework as the xlsx template (one row per indicator); re-importable',
        params: FrameworkIdParam,
        response: { 200: z.any(), ...readErrors },
      },
    },
    async (request, reply) => {
      const framework = frameworkDefinition(db, request.params.id);
      const file = await frameworkToXlsx(framework);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="kerangka-${framework.id}.xlsx"`)
        .send(file);
    },
  );

  acceptXlsx(app);
  app.post(
    '/api/v1/frameworks',
    {
      config: { permission: 'framework.import' },
      bodyLimit: XLSX_LIMIT,
      schema: {
        tags: ['admin'],
        summary: 'Import a framework version (JSON, or the xlsx template); dryRun=true previews it',
        querystring: ImportQuery,
        body: z.unknown(),
        response: { 200: FrameworkDto, 201: FrameworkDto, ...writeErrors },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const upload = Buffer.isBuffer(body)
        ? ({ kind: 'xlsx', body } as const)
        : ({ kind: 'json', body } as const);
      const dryRun = request.query.dryRun === 'true';
      const framework = await oneImportAtATime(request, () =>
        importFramework(db, upload, {
          dryRun,
          ...(request.query.id && { id: request.query.id }),
          userId: request.actor?.id ?? null,
          now: config.now(),
        }),
      );
      return reply.status(dryRun ? 200 : 201).send(framework);
    },
  );
};
