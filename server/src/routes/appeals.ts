import multipart from '@fastify/multipart';
import {
  Appeal,
  AppealAnswer,
  AppealFiling,
  AppealList,
  AppealRescore,
  AppealWindowMove,
} from '@rapor/shared/appeal-schemas';
import { MAX_EVIDENCE_BYTES } from '@rapor/shared/evidence';
import {
  AreaCodeSchema,
  ErrorBody,
  IdParam,
  YearAreaParams,
  YearParam,
} from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../config';
import { evidenceDirOf } from '../config';
import { AppError, invalidFieldMessage, ValidationError } from '../errors';
import {
  answerAppeal,
  fileAppeal,
  listAppeals,
  moveAppealWindow,
  rescoreAppeal,
} from '../services/evaluation/appeals';
import { readErrors, writeContext, writeErrors } from './common';

const MB = MAX_EVIDENCE_BYTES / 1024 / 1024;

/**
 * Appeals (sanggah) of evaluator scores: everyone signed in reads them; the secretariat opens
 * the window in review, a chair files on their own area (multipart: `code`, `reason`, then
 * `file`), the evaluator answers and makes an accepted appeal's score change.
 */
export const appealRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  await app.register(multipart, { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 4 } });
  const dir = evidenceDirOf(config);

  app.get(
    '/api/v1/periods/:year/appeals',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['appeals'],
        summary:
          "The year's appeals of evaluator scores (optionally one area's) and whether the window is open",
        params: YearParam,
        querystring: z.object({ area: AreaCodeSchema.optional() }),
        response: { 200: AppealList, ...readErrors },
      },
    },
    async (request) => listAppeals(db, request.params.year, request.query.area),
  );

  app.put(
    '/api/v1/periods/:year/appeal-window',
    {
      config: { permission: 'appeal.window' },
      schema: {
        tags: ['appeals'],
        summary: 'Open or close the window for new appeals (while the year is in review); audited',
        params: YearParam,
        body: AppealWindowMove,
        response: { 200: AppealList, ...writeErrors },
      },
    },
    async (request) =>
      moveAppealWindow(writeContext(request, db, config), request.params.year, request.body.open),
  );

  app.post(
    '/api/v1/periods/:year/areas/:code/appeals',
    {
      config: { permission: 'appeal.file' },
      bodyLimit: MAX_EVIDENCE_BYTES + 1024 * 1024,
      schema: {
        tags: ['appeals'],
        summary: `File an appeal of an evaluator-scored item of the area: multipart fields code and reason (at least 10 characters), and the file (PDF, image, Office; at most ${MB} MB)`,
        consumes: ['multipart/form-data'],
        params: YearAreaParams,
        response: { 201: Appeal, 413: ErrorBody, ...writeErrors },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'Kirim sanggahan sebagai multipart/form-data (isian code, reason dan file).',
        );
      }
      const fields: Record<string, string> = {};
      let file: { filename: string; data: Buffer } | undefined;
      const tooLarge = () =>
        new AppError(413, 'FILE_TOO_LARGE', `Berkas lebih dari ${MB} MB; perkecil berkasnya.`);
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            const data = await part.toBuffer();
            if (part.file.truncated || data.length > MAX_EVIDENCE_BYTES) throw tooLarge();
            file = { filename: part.filename, data };
          } else if (typeof part.value === 'string') {
            fields[part.fieldname] = part.value;
          }
        }
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw error;
      }
      const body = AppealFiling.safeParse(fields);
      if (!body.success) {
        const issue = body.error.issues[0];
        const path = String(issue?.path[0] ?? 'reason');
        throw new ValidationError(invalidFieldMessage('body', path, issue?.message ?? ''), {
          field: path,
        });
      }
      if (!file || file.data.length === 0) {
        throw new ValidationError(
          'Lampirkan berkas pendukung sanggahan (isian file): sanggahan tanpa berkas tidak diterima.',
          { field: 'file' },
        );
      }
      const appeal = fileAppeal(
        writeContext(request, db, config),
        dir,
        { year: request.params.year, area: request.params.code },
        body.data,
        file,
      );
      return reply.status(201).send(appeal);
    },
  );

  app.post(
    '/api/v1/appeals/:id/answer',
    {
      config: { permission: 'appeal.answer' },
      schema: {
        tags: ['appeals'],
        summary: 'Accept or reject an open appeal, with a response (version-guarded, audited)',
        params: IdParam,
        body: AppealAnswer,
        response: { 200: Appeal, ...writeErrors },
      },
    },
    async (request) =>
      answerAppeal(writeContext(request, db, config), request.params.id, request.body),
  );

  app.put(
    '/api/v1/appeals/:id/score',
    {
      config: { permission: 'appeal.rescore' },
      schema: {
        tags: ['appeals'],
        summary:
          "The score change an accepted appeal leads to: the item's new evaluator value, once, audited as its own entry",
        params: IdParam,
        body: AppealRescore,
        response: { 200: Appeal, ...writeErrors },
      },
    },
    async (request) =>
      rescoreAppeal(writeContext(request, db, config), request.params.id, request.body),
  );
};
