import {
  Figure,
  FigureParams,
  FiguresBulkUpdate,
  FiguresFileQuery,
  FiguresImport,
  FiguresImportQuery,
  FiguresResponse,
  FigureUpdate,
  NotApplicableBody,
  NotApplicableParams,
  NotApplicableResponse,
} from '@rapor/shared/figure-schemas';
import { YearParam } from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../config';
import { ValidationError } from '../errors';
import { listFigures, updateFigure, updateFigures } from '../services/evaluation/figures-service';
import {
  clearNotApplicable,
  listNotApplicable,
  markNotApplicable,
} from '../services/evaluation/not-applicable';
import { figuresWorkbook, importFigures } from '../services/forum/figures-xlsx';
import {
  acceptXlsx,
  oneImportAtATime,
  readErrors,
  writeContext,
  writeErrors,
  XLSX,
  XLSX_LIMIT,
} from './common';

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
  app.post(
    '/api/v1/periods/:year/hasil',
    {
      // rows with values or sources: figure.enter (admin); rows verified: figure.verify
      config: { permission: ['figure.enter', 'figure.verify'] },
      schema: {
        tags: ['figures'],
        summary:
          'Enter (secretariat) or verify (evaluator) many figures at once, all or nothing; a refusal lists every row at fault (details.rows)',
        params: YearParam,
        body: FiguresBulkUpdate,
        response: { 200: FiguresResponse, ...writeErrors },
      },
    },
    async (request) =>
      updateFigures(writeContext(request, db, config), request.params.year, request.body),
  );

  app.get(
    '/api/v1/periods/:year/hasil/export.xlsx',
    {
      config: { permission: 'figure.read' },
      schema: {
        tags: ['figures'],
        summary:
          "The year's sourced figures as one sheet to fill offline (value, source) and import back; lang=en writes it in English (the import reads either)",
        params: YearParam,
        querystring: FiguresFileQuery,
        response: { 200: z.any(), ...readErrors },
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="angka-bersumber-${year}.xlsx"`)
        .send(await figuresWorkbook(db, year, request.query.lang ?? 'id'));
    },
  );
  acceptXlsx(app);
  app.post(
    '/api/v1/periods/:year/hasil/import',
    {
      config: { permission: 'figure.enter' },
      bodyLimit: XLSX_LIMIT,
      schema: {
        tags: ['figures'],
        summary:
          'Import a filled figures sheet: dryRun=true previews the changed figures; otherwise all are written at once, or none when a row is bad (details.errors by sheet, row and column)',
        params: YearParam,
        querystring: FiguresImportQuery,
        body: z.unknown(),
        response: { 200: FiguresImport, ...writeErrors },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body))
        throw new ValidationError(`Kirim berkas xlsx dengan Content-Type ${XLSX}.`);
      const file = request.body;
      return oneImportAtATime(request, () =>
        importFigures(writeContext(request, db, config), request.params.year, file, {
          dryRun: request.query.dryRun === 'true',
        }),
      );
    },
  );

  app.get(
    '/api/v1/periods/:year/not-applicable',
    {
      config: { permission: 'figure.read' },
      schema: {
        tags: ['figures'],
        summary: 'Items that do not apply to the institution this year (RB General is rescaled)',
        params: YearParam,
        response: { 200: NotApplicableResponse, ...readErrors },
      },
    },
    async (request) => listNotApplicable(db, request.params.year),
  );
  app.put(
    '/api/v1/periods/:year/not-applicable/:indicator',
    {
      config: { permission: 'item.exclude' },
      schema: {
        tags: ['figures'],
        summary: 'Mark an RB General item as not applicable this year, with the reason (admin)',
        params: NotApplicableParams,
        body: NotApplicableBody,
        response: { 200: NotApplicableResponse, ...writeErrors },
      },
    },
    async (request) =>
      markNotApplicable(
        writeContext(request, db, config),
        request.params.year,
        request.params.indicator,
        request.body.reason,
      ),
  );
  app.delete(
    '/api/v1/periods/:year/not-applicable/:indicator',
    {
      config: { permission: 'item.exclude' },
      schema: {
        tags: ['figures'],
        summary: 'Count an item again (admin)',
        params: NotApplicableParams,
        response: { 200: NotApplicableResponse, ...writeErrors },
      },
    },
    async (request) =>
      clearNotApplicable(
        writeContext(request, db, config),
        request.params.year,
        request.params.indicator,
      ),
  );
};
