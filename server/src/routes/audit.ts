import { YearAreaParams } from '@rapor/shared/schemas';
import { AuditQuery, AuditResponse } from '@rapor/shared/write-schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app';
import { listAudit } from '../services/audit';
import { findPeriod } from '../services/year-data';
import { readErrors } from './common';

export const auditRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db }) => {
  app.get(
    '/api/v1/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['admin'],
        summary: 'The audit trail, newest first',
        querystring: AuditQuery,
        response: { 200: AuditResponse, ...readErrors },
      },
    },
    async (request) => ({ entries: listAudit(db, request.query) }),
  );
  app.get(
    '/api/v1/periods/:year/areas/:code/history',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['results'],
        summary: "An area result's history (who changed what, when)",
        params: YearAreaParams,
        response: { 200: AuditResponse, ...readErrors },
      },
    },
    async (request) => {
      const { year, code } = request.params;
      findPeriod(db, year);
      return { entries: listAudit(db, { scope: `${year}/${code}`, limit: 500 }) };
    },
  );
};
