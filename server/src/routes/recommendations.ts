import { RecommendationsQuery, RecommendationsResponse } from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app';
import { listRecommendations } from '../services/recommendations-service';
import { readErrors, todayWib } from './common';

export const recommendationRoutes: FastifyPluginAsyncZod<AppOptions> = async (
  app,
  { db, config },
) => {
  app.get(
    '/api/v1/recommendations',
    {
      schema: {
        tags: ['recommendations'],
        summary: 'Recommendations with their follow-ups, filtered by area, status and year issued',
        querystring: RecommendationsQuery,
        response: { 200: RecommendationsResponse, ...readErrors },
      },
    },
    async (request) => ({
      recommendations: listRecommendations(db, request.query, todayWib(config.now())),
    }),
  );
};
