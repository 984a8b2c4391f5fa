import { verifyAuditChain } from '@rapor/db/audit-chain';
import { YearAreaParams } from '@rapor/shared/schemas';
import { AuditChain, AuditQuery, AuditResponse } from '@rapor/shared/write-schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppOptions, auditCheckpointFileOf } from '../config';
import { auditScope, listAudit } from '../services/admin/audit';
import { findPeriod } from '../services/evaluation/year-data';
import { readErrors } from './common';

export const auditRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
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
    '/api/v1/audit/chain',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['admin'],
        summary: "Whether the audit trail's hash chain holds, and the first entry where it breaks",
        response: { 200: AuditChain, ...readErrors },
      },
    },
    async () => verifyAuditChain(db.$client, auditCheckpointFileOf(config) ?? undefined),
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
      return { entries: listAudit(db, { scope: auditScope(year, code), limit: 500 }) };
    },
  );
};
