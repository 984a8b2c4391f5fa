import { AreaComparison } from '@rapor/shared/dashboard-schemas';
import {
  AreaResult,
  CarriedOverQuery,
  PeriodDetail,
  PeriodsResponse,
  RecommendationsResponse,
  ReviewQueue,
  YearAreaParams,
  YearParam,
} from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../config';
import { cachedJson } from '../services/dashboard/aggregate-cache';
import { areaComparison } from '../services/dashboard/overview-service';
import { getAreaResult } from '../services/evaluation/area-result-service';
import { getPeriod, listPeriods } from '../services/evaluation/periods-service';
import { carriedOverPage } from '../services/evaluation/recommendations-service';
import { reviewQueue } from '../services/evaluation/review-queue';
import { loadErrors, readErrors, sendJson, todayWib } from './common';

export const periodRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  app.get(
    '/api/v1/periods',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['periods'],
        summary: 'Evaluation periods',
        response: { 200: PeriodsResponse, ...loadErrors },
      },
    },
    async () => ({ periods: listPeriods(db) }),
  );
  app.get(
    '/api/v1/periods/:year',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['periods'],
        summary: 'One period with the status of each area',
        params: YearParam,
        response: { 200: PeriodDetail, ...readErrors },
      },
    },
    async (request) => getPeriod(db, request.params.year),
  );
  app.get(
    '/api/v1/periods/:year/areas/:code',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['results'],
        summary: "An area's result for a year",
        params: YearAreaParams,
        response: { 200: AreaResult, ...readErrors },
      },
    },
    async (request, reply) => {
      const { year, code } = request.params;
      const today = todayWib(config.now());
      return sendJson(
        reply,
        cachedJson(db, `area:${year}:${code}:${today}`, AreaResult, () =>
          getAreaResult(db, year, code, today),
        ),
      );
    },
  );
  app.get(
    '/api/v1/periods/:year/areas/:code/carried-over',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['results'],
        summary:
          "A page of the earlier recommendations an area's result carries over (oldest first), past the first the result holds",
        params: YearAreaParams,
        querystring: CarriedOverQuery,
        response: { 200: RecommendationsResponse, ...readErrors },
      },
    },
    async (request) => {
      const { year, code } = request.params;
      return carriedOverPage(db, year, code, todayWib(config.now()), request.query);
    },
  );
  app.get(
    '/api/v1/review-queue',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['workflow'],
        summary:
          "What waits for the evaluator: every area of each year not closed, with its status, the chair's proposed closures and its score",
        response: { 200: ReviewQueue, ...readErrors },
      },
    },
    async (_request, reply) => {
      const today = todayWib(config.now());
      return sendJson(
        reply,
        cachedJson(db, `review-queue:${today}`, ReviewQueue, () => reviewQueue(db, today)),
      );
    },
  );
  app.get(
    '/api/v1/periods/:year/areas/:code/comparison',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['results'],
        summary: "Why did the area's points change since the previous year (waterfall)",
        params: YearAreaParams,
        response: { 200: AreaComparison, ...readErrors },
      },
    },
    async (request, reply) =>
      sendJson(
        reply,
        cachedJson(
          db,
          `comparison:${request.params.year}:${request.params.code}`,
          AreaComparison,
          () => areaComparison(db, request.params.year, request.params.code),
        ),
      ),
  );
};
