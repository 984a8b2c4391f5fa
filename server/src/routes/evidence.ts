import multipart from '@fastify/multipart';
import { MAX_EVIDENCE_BYTES } from '@rapor/shared/evidence';
import { ErrorBody, IdParam, YearAreaParams } from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../config';
import { evidenceDirOf } from '../config';
import { AppError } from '../errors';
import { readEvidence, storeEvidence } from '../services/evaluation/evidence-service';
import { readErrors, writeContext } from './common';

const StoredEvidence = z.object({
  id: z.number().int(),
  label: z.string(),
  url: z.string(),
  mime: z.string(),
  size: z.number().int(),
});

const MB = MAX_EVIDENCE_BYTES / 1024 / 1024;

/**
 * Evidence files: a chair uploads one for their area (multipart, field `file`), anyone
 * signed in downloads it. The upload is checked by content and size before it is kept.
 */
export const evidenceRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  await app.register(multipart, { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 5 } });
  const dir = evidenceDirOf(config);

  app.post(
    '/api/v1/periods/:year/areas/:code/evidence',
    {
      config: { permission: 'result.edit' },
      bodyLimit: MAX_EVIDENCE_BYTES + 1024 * 1024,
      schema: {
        tags: ['results'],
        summary: `Upload an evidence file (PDF, PNG, JPEG, Office; at most ${MB} MB)`,
        consumes: ['multipart/form-data'],
        params: YearAreaParams,
        response: {
          201: StoredEvidence,
          413: ErrorBody,
          415: ErrorBody,
          423: ErrorBody,
          409: ErrorBody,
          ...readErrors,
        },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'Kirim berkas sebagai multipart/form-data (isian file).',
        );
      }
      const file = await request.file();
      if (!file)
        throw new AppError(400, 'VALIDATION_ERROR', 'Tidak ada berkas yang dikirim (isian file).');
      const tooLarge = () =>
        new AppError(
          413,
          'FILE_TOO_LARGE',
          `Berkas lebih dari ${MB} MB; perkecil atau pisahkan berkasnya.`,
        );
      let data: Buffer;
      try {
        data = await file.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw error;
      }
      // The parser can hand over a file cut at the limit without raising (seen with bodies
      // sent in chunks): a cut file is refused, never stored as if whole.
      if (file.file.truncated || data.length > MAX_EVIDENCE_BYTES) throw tooLarge();
      const stored = storeEvidence(
        writeContext(request, db, config),
        dir,
        { year: request.params.year, area: request.params.code },
        { filename: file.filename, data },
      );
      return reply.status(201).send(stored);
    },
  );

  app.get(
    '/api/v1/evidence/:id',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['results'],
        summary: 'Download an uploaded evidence file',
        params: IdParam,
        response: { 200: z.any(), ...readErrors },
      },
    },
    async (request, reply) => {
      const file = readEvidence(db, dir, request.params.id);
      const inline = file.mime === 'application/pdf' || file.mime.startsWith('image/');
      return reply
        .type(file.mime)
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-disposition',
          `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        )
        .send(file.data);
    },
  );
};
