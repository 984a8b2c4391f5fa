import { ClosingCheck, PeriodDetail, YearParam } from '@rapor/shared/schemas';
import { PeriodCreate, PeriodMove, PeriodRebind } from '@rapor/shared/write-schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../config';
import {
  closingCheck,
  createPeriod,
  movePeriod,
  rebindPeriod,
} from '../services/admin/period-admin';
import { readErrors, writeContext, writeErrors } from './common';

/** Admin only: open a new year, move a period open → review → closed, or to a newer version. */
export const periodAdminRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  app.post(
    '/api/v1/periods',
    {
      config: { permission: 'period.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Open a new evaluation period',
        body: PeriodCreate,
        response: { 201: PeriodDetail, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          createPeriod(
            writeContext(request, db, config),
            request.body.year,
            request.body.frameworkId,
            { carryTargets: request.body.carryTargets ?? false },
          ),
        ),
  );
  app.get(
    '/api/v1/periods/:year/closing',
    {
      config: { permission: 'period.manage' },
      schema: {
        tags: ['admin'],
        summary:
          'What closing the year would settle without the evaluator: areas not verified, unanswered items',
        params: YearParam,
        response: { 200: ClosingCheck, ...readErrors },
      },
    },
    async (request) => closingCheck(db, request.params.year),
  );
  app.post(
    '/api/v1/periods/:year/state',
    {
      config: { permission: 'period.manage' },
      schema: {
        tags: ['admin'],
        summary:
          'Move a period to review, back to open, or close it (results become final; 409 CLOSING_NEEDS_EXCEPTIONS until every area not verified is named with a reason)',
        params: YearParam,
        body: PeriodMove,
        response: { 200: PeriodDetail, ...writeErrors },
      },
    },
    async (request) =>
      movePeriod(writeContext(request, db, config), request.params.year, request.body),
  );
  app.post(
    '/api/v1/periods/:year/framework',
    {
      config: { permission: 'period.manage' },
      schema: {
        tags: ['admin'],
        summary:
          'Move a year that is not closed to a newer version of its method, keeping its answers (409 FRAMEWORK_NOT_COMPATIBLE with the problems, INVALID_STATE once closed)',
        params: YearParam,
        body: PeriodRebind,
        response: { 200: PeriodDetail, ...writeErrors },
      },
    },
    async (request) =>
      rebindPeriod(writeContext(request, db, config), request.params.year, request.body),
  );
};
