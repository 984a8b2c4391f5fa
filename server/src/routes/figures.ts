import { Figure, FigureParams, FiguresResponse, FigureUpdate } from '@rapor/shared/figure-schemas';
import { YearParam } from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app';
import { listFigures, updateFigure } from '../services/figures-service';
import { readErrors, writeContext, writeErrors } from './common';

/**
 * Sourced figures of a year: the Hasil component and the outside assessments inside
 * Pengungkit. Read by anyone signed in; the secretariat enters, the evaluator verifies.
 */
export const figureRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  app.get(
    '/api/v1/periods/:year/hasil',
    {
      config: { permission: 'figure.read' },
      schema: {
        tags: ['figures'],
        summary: 'Sourced figures of a year (Hasil and outside assessments) with their sources',
        params: YearParam,
        response: { 200: FiguresResponse, ...readErrors },
      },
    },
    async (request) => listFigures(db, request.params.year),
  );
  app.put(
    '/api/v1/periods/:year/hasil/:indicator',
    {
      // value, source, evidence, note: figure.enter (admin); verified, comment: figure.verify
      config: { permission: ['figure.enter', 'figure.verify'] },
      schema: {
        tags: ['figures'],
        summary: 'Enter a sourced figure (secretariat) or verify it against its source (evaluator)',
        params: FigureParams,
        body: FigureUpdate,
        response: { 200: Figure, ...writeErrors },
      },
    },
    async (request) =>
      updateFigure(
        writeContext(request, db, config),
        request.params.year,
        request.params.indicator,
        request.body,
      ),
  );
};
