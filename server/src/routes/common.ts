import type { Db } from '@rapor/db/open';
import { ErrorBody } from '@rapor/shared/schemas';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { AppError } from '../errors';
import { actorOf } from '../plugins/auth';
import type { WriteContext } from '../services/evaluation/write-guard';

/**
 * What the load guard may answer on any API route: 429 to an anonymous caller over its rate,
 * 503 to a read while the server is overloaded.
 */
export const loadErrors = {
  429: ErrorBody,
  503: ErrorBody,
} as const;

/** The error responses a read route can give, for its OpenAPI entry. */
export const readErrors = {
  ...loadErrors,
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
} as const;

/** …and a write route. */
export const writeErrors = {
  ...readErrors,
  409: ErrorBody,
  415: ErrorBody,
  423: ErrorBody,
} as const;

/** Today's date as YYYY-MM-DD in the ministry's time zone (WIB, UTC+7). */
export function todayWib(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function writeContext(request: FastifyRequest, db: Db, config: Config): WriteContext {
  const now = config.now();
  return { db, actor: actorOf(request), now, today: todayWib(now) };
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const XLSX_LIMIT = 5 * 1024 * 1024;

/** Workbooks arrive as raw bytes; their content is checked, not their declared type. */
export function acceptXlsx(app: FastifyInstance) {
  app.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: XLSX_LIMIT }, (_req, body, done) =>
    done(null, body),
  );
}

/** Sends JSON already serialised (a cached aggregate) as it is. */
export function sendJson(reply: FastifyReply, json: string) {
  return reply.type('application/json; charset=utf-8').send(json);
}

const importing = new Set<number>();

/**
 * One workbook or framework import at a time per user: unpacking and checking a file holds
 * memory and CPU, and a user has no reason to run two at once. A second gets 429. (Per
 * process: the server runs one.)
 */
export async function oneImportAtATime<T>(request: FastifyRequest, work: () => Promise<T>) {
  const user = actorOf(request).id;
  if (importing.has(user)) {
    throw new AppError(
      429,
      'IMPORT_RUNNING',
      'Impor Anda sebelumnya masih diproses. Tunggu sampai selesai lalu coba lagi.',
    );
  }
  importing.add(user);
  try {
    return await work();
  } finally {
    importing.delete(user);
  }
}
