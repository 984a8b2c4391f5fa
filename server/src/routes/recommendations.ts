import {
  IdParam,
  Recommendation,
  RecommendationsQuery,
  RecommendationsResponse,
} from '@rapor/shared/schemas';
import { FollowUpInput } from '@rapor/shared/write-schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../config';
import { addFollowUp } from '../services/evaluation/follow-ups';
import {
  countRecommendations,
  getRecommendation,
  listRecommendations,
} from '../services/evaluation/recommendations-service';
import { readErrors, todayWib, writeContext, writeErrors } from './common';

export const recommendationRoutes: FastifyPluginAsyncZod<AppOptions> = async (
  app,
  { db, config },
) => {
  app.get(
    '/api/v1/recommendations',
    {
      config: { permission: 'recommendation.read' },
      schema: {
        tags: ['recommendations'],
        summary:
          'Recommendations with their follow-ups, filtered by area, status and year issued; a page of them with limit and offset',
        querystring: RecommendationsQuery,
        response: { 200: RecommendationsResponse, ...readErrors },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return {
        recommendations: listRecommendations(db, filter, todayWib(config.now()), { limit, offset }),
        total: countRecommendations(db, filter),
      };
    },
  );
  app.get(
    '/api/v1/recommendations/:id',
    {
      config: { permission: 'recommendation.read' },
      schema: {
        tags: ['recommendations'],
        summary: 'One recommendation with its follow-ups',
        params: IdParam,
        response: { 200: Recommendation, ...readErrors },
      },
    },
    async (request) => getRecommendation(db, request.params.id, todayWib(config.now())),
  );
  app.post(
    '/api/v1/recommendations/:id/follow-ups',
    {
      config: { permission: 'followUp.create' },
      schema: {
        tags: ['recommendations'],
        summary: 'Record a follow-up (status change with a note), also on earlier years',
        params: IdParam,
        body: FollowUpInput,
        response: { 201: Recommendation, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(addFollowUp(writeContext(request, db, config), request.params.id, request.body)),
  );
};
