import { Overview, OverviewQuery } from '@rapor/shared/dashboard-schemas';
import {
  DashboardSummary,
  OutcomesQuery,
  OutcomesResponse,
  SummaryQuery,
} from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../config';
import { cachedJson } from '../services/dashboard/aggregate-cache';
import { listOutcomes } from '../services/dashboard/outcomes-service';
import { overview } from '../services/dashboard/overview-service';
import { dashboardSummary } from '../services/dashboard/summary-service';
import { readErrors, sendJson, todayWib } from './common';

export const dashboardRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  app.get(
    '/api/v1/dashboard/overview',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['dashboard'],
        summary:
          'A year against the previous one: index change, area changes, gains, losses, open recommendations',
        querystring: OverviewQuery,
        response: { 200: Overview, ...readErrors },
      },
    },
    async (request, reply) =>
      sendJson(
        reply,
        cachedJson(
          db,
          `overview:${request.query.year ?? ''}:${todayWib(config.now())}`,
          Overview,
          () => overview(db, request.query.year, todayWib(config.now())),
        ),
      ),
  );
  app.get(
    '/api/v1/dashboard/summary',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['dashboard'],
        summary: 'Index, predicate, components and areas per year',
        querystring: SummaryQuery,
        response: { 200: DashboardSummary, ...readErrors },
      },
    },
    async (request, reply) =>
      sendJson(
        reply,
        cachedJson(
          db,
          `summary:${request.query.from ?? ''}:${request.query.to ?? ''}`,
          DashboardSummary,
          () => dashboardSummary(db, request.query),
        ),
      ),
  );
  app.get(
    '/api/v1/outcomes',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['dashboard'],
        summary:
          'Ministry outcome figures per year (SAKIP, BPK opinion, SPI, Ombudsman, budget, IKM)',
        querystring: OutcomesQuery,
        response: { 200: OutcomesResponse, ...readErrors },
      },
    },
    async (request, reply) =>
      sendJson(
        reply,
        cachedJson(
          db,
          `outcomes:${request.query.from ?? ''}:${request.query.to ?? ''}`,
          OutcomesResponse,
          () => ({ outcomes: listOutcomes(db, request.query) }),
        ),
      ),
  );
};
