import { AreaResult, YearAreaParams } from '@rapor/shared/schemas';
import { WORKFLOW_ACTIONS } from '@rapor/shared/workflow';
import {
  AchievementInput,
  IndicatorParams,
  IndicatorUpdate,
  ItemParams,
  RecommendationInput,
  ResultUpdate,
  TransitionBody,
  VersionQuery,
} from '@rapor/shared/write-schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../config';
import {
  createAchievement,
  createRecommendation,
  deleteAchievement,
  deleteRecommendation,
  transitionResult,
  updateAchievement,
  updateIndicator,
  updateRecommendation,
  updateResult,
} from '../services/evaluation/result-writes';
import { writeContext, writeErrors } from './common';

const response = { 200: AreaResult, ...writeErrors };
const created = { 201: AreaResult, ...writeErrors };
const base = '/api/v1/periods/:year/areas/:code';

/**
 * Writes to an area's result. Each returns the whole updated result with its new version;
 * a stale version gives 409 with the current one. Which role may call each is the
 * permission table's row named in `config.permission`; the service checks area and state.
 */
export const resultWriteRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  const ctx = (request: Parameters<typeof writeContext>[0]) => writeContext(request, db, config);
  const target = (p: { year: number; code: AreaResult['area']['code'] }, version: number) => ({
    year: p.year,
    area: p.code,
    version,
  });

  app.put(
    base,
    {
      // narrative is result.edit (chair), target result.setTarget (admin): checked per field
      config: { permission: ['result.edit', 'result.setTarget'] },
      schema: {
        tags: ['results'],
        summary: 'Edit narrative and/or target',
        params: YearAreaParams,
        body: ResultUpdate,
        response,
      },
    },
    async (request) =>
      updateResult(ctx(request), target(request.params, request.body.version), request.body),
  );

  app.put(
    `${base}/indicators/:indicator`,
    {
      // self value, evidence, comment: result.edit; evaluator value and comment: result.evaluate
      config: { permission: ['result.edit', 'result.evaluate'] },
      schema: {
        tags: ['results'],
        summary: "Answer an indicator (chair's or evaluator's fields)",
        params: IndicatorParams,
        body: IndicatorUpdate,
        response,
      },
    },
    async (request) =>
      updateIndicator(
        ctx(request),
        target(request.params, request.body.version),
        request.params.indicator,
        request.body,
      ),
  );

  app.post(
    `${base}/achievements`,
    {
      config: { permission: 'result.edit' },
      schema: {
        tags: ['results'],
        summary: 'Add an achievement',
        params: YearAreaParams,
        body: AchievementInput,
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          createAchievement(
            ctx(request),
            target(request.params, request.body.version),
            request.body,
          ),
        ),
  );
  app.put(
    `${base}/achievements/:id`,
    {
      config: { permission: 'result.edit' },
      schema: {
        tags: ['results'],
        summary: 'Edit an achievement',
        params: ItemParams,
        body: AchievementInput,
        response,
      },
    },
    async (request) =>
      updateAchievement(
        ctx(request),
        target(request.params, request.body.version),
        request.params.id,
        request.body,
      ),
  );
  app.delete(
    `${base}/achievements/:id`,
    {
      config: { permission: 'result.edit' },
      schema: {
        tags: ['results'],
        summary: 'Delete an achievement',
        params: ItemParams,
        querystring: VersionQuery,
        response,
      },
    },
    async (request) =>
      deleteAchievement(
        ctx(request),
        target(request.params, request.query.version),
        request.params.id,
      ),
  );

  app.post(
    `${base}/recommendations`,
    {
      config: { permission: 'result.edit' },
      schema: {
        tags: ['results'],
        summary: 'Issue a recommendation',
        params: YearAreaParams,
        body: RecommendationInput,
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          createRecommendation(
            ctx(request),
            target(request.params, request.body.version),
            request.body,
          ),
        ),
  );
  app.put(
    `${base}/recommendations/:id`,
    {
      config: { permission: 'result.edit' },
      schema: {
        tags: ['results'],
        summary: 'Edit a recommendation of this result',
        params: ItemParams,
        body: RecommendationInput,
        response,
      },
    },
    async (request) =>
      updateRecommendation(
        ctx(request),
        target(request.params, request.body.version),
        request.params.id,
        request.body,
      ),
  );
  app.delete(
    `${base}/recommendations/:id`,
    {
      config: { permission: 'result.edit' },
      schema: {
        tags: ['results'],
        summary: 'Delete a recommendation of this result',
        params: ItemParams,
        querystring: VersionQuery,
        response,
      },
    },
    async (request) =>
      deleteRecommendation(
        ctx(request),
        target(request.params, request.query.version),
        request.params.id,
      ),
  );

  for (const action of WORKFLOW_ACTIONS) {
    app.post(
      `${base}/${action}`,
      {
        config: { permission: `result.${action}` },
        schema: {
          tags: ['workflow'],
          summary: {
            submit: 'Submit for review (chair)',
            return: 'Return with a comment (evaluator)',
            verify: 'Verify (evaluator)',
          }[action],
          params: YearAreaParams,
          body: TransitionBody,
          response,
        },
      },
      async (request) =>
        transitionResult(
          ctx(request),
          target(request.params, request.body.version),
          action,
          request.body,
        ),
    );
  }
};
