import { codeOfStatus } from '@rapor/shared/error-codes';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, invalidFieldMessage } from '../errors';

/**
 * Turns every error into `{ error: { code, message } }`: validation → 400 naming the field,
 * AppError → its status, Fastify's own 4xx (bad JSON, media type, size) → as they are,
 * anything else → 500, logged with its stack and never described to the client.
 */
export const errorHandler = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const field = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || '';
      const message = invalidFieldMessage(
        error.validationContext,
        field,
        first?.message ?? 'periksa kembali',
      );
      return reply.status(400).send({
        error: {
          code: 'VALIDATION_ERROR',
          message,
          details: {
            issues: error.validation.map((v) => ({ field: v.instancePath, message: v.message })),
          },
        },
      });
    }
    if (error instanceof AppError) {
      return reply.status(error.statusCode).send({
        error: {
          code: error.code,
          message: error.message,
          ...(error.details && { details: error.details }),
        },
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).send({
        error: { code: codeOfStatus(status), message: plainClientMessage(status, error) },
      });
    }
    request.log.error({ err: error, url: request.url, method: request.method }, 'request failed');
    return reply.status(500).send({
      error: {
        code: 'INTERNAL_ERROR',
        message: 'Terjadi kesalahan pada server. Coba lagi; bila berulang, hubungi admin.',
      },
    });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message: `Alamat ${request.method} ${request.url.split('?')[0]} tidak ditemukan.`,
      },
    });
  });
});

function plainClientMessage(status: number, error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Isian harus berformat JSON (Content-Type: application/json).';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'Isian terlalu besar.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'Isian JSON kosong.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'Isian bukan JSON yang valid.';
    default:
      return status === 429
        ? 'Terlalu banyak permintaan; tunggu sebentar lalu coba lagi.'
        : error.message;
  }
}
