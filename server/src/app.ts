import type { Duplex } from 'node:stream';
import type { ErrorCode } from '@rapor/shared/error-codes';
import type { ErrorBody } from '@rapor/shared/schemas';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from './config';
import { anonymousRateLimit } from './plugins/anonymous-rate-limit';
import { auditCheckpoints } from './plugins/audit-checkpoints';
import { auth } from './plugins/auth';
import { boundedJson } from './plugins/bounded-json';
import { clientApp } from './plugins/client-app';
import { errorHandler } from './plugins/error-handler';
import { hourlyJobs } from './plugins/hourly-jobs';
import { loadGuard } from './plugins/load-guard';
import { openapi } from './plugins/openapi';
import { sameOrigin } from './plugins/same-origin';
import { securityHeaders } from './plugins/security-headers';
import { actionPlanRoutes } from './routes/action-plans';
import { appealRoutes } from './routes/appeals';
import { areaRoutes } from './routes/areas';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { dashboardRoutes } from './routes/dashboard';
import { evidenceRoutes } from './routes/evidence';
import { figureRoutes } from './routes/figures';
import { forumRoutes } from './routes/forum';
import { forumFileRoutes } from './routes/forum-files';
import { frameworkRoutes } from './routes/frameworks';
import { healthRoutes } from './routes/health';
import { identityRoutes } from './routes/identity';
import { periodAdminRoutes } from './routes/period-admin';
import { periodRoutes } from './routes/periods';
import { recommendationRoutes } from './routes/recommendations';
import { nationalResultRoutes, reportRoutes } from './routes/report';
import { resultWriteRoutes } from './routes/result-writes';
import { userRoutes } from './routes/users';

// Validation messages reach users: Bahasa Indonesia first.
z.config(z.locales.id());

/** The whole HTTP application on a migrated database; no listen here (server.ts does that). */
export async function buildApp({ db, config }: AppOptions): Promise<FastifyInstance> {
  const requestTimeout = config.requestTimeoutMs ?? 30_000;
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    bodyLimit: 1024 * 1024,
    // A request whose headers and body take longer than this to arrive is cut off with 408
    // rather than holding a connection. Given to Node's server itself: only then is its
    // header deadline no longer than it (a longer one kept a trickled body alive), and it is
    // checked every second (Node's default, 30 s, let a body run on past the deadline).
    requestTimeout,
    http: { requestTimeout, connectionsCheckingInterval: 1_000 },
    trustProxy: config.trustProxy ?? false,
    clientErrorHandler: answerClientError,
    // Errors the router raises before any route (a path it cannot decode, a parameter over
    // 100 characters) in the same shape as every other.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      const body: ErrorBody = {
        error: {
          code: tooLong ? 'URI_TOO_LONG' : 'BAD_URL',
          message: tooLong ? 'Alamat terlalu panjang.' : 'Alamat tidak valid.',
        },
      };
      (reply as FastifyReply).status(error.statusCode ?? 400).send(body);
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Bodies are JSON only: anything else is 415 (this also keeps cross-site form posts out).
  app.removeContentTypeParser('text/plain');
  await app.register(boundedJson);

  await app.register(errorHandler);
  await app.register(securityHeaders, { production: config.production });
  await app.register(loadGuard, config.load);
  await app.register(sameOrigin);
  await app.register(openapi);
  // The rate limit's per-route check goes before the permission check the auth plugin adds.
  await app.register(anonymousRateLimit, { perMinute: config.load.anonymousPerMinute });
  await app.register(auth, { db, config });

  const opts = { db, config };
  await app.register(healthRoutes, opts);
  await app.register(identityRoutes, opts);
  await app.register(authRoutes, opts);
  await app.register(userRoutes, opts);
  await app.register(areaRoutes);
  await app.register(frameworkRoutes, opts);
  await app.register(periodRoutes, opts);
  await app.register(recommendationRoutes, opts);
  await app.register(dashboardRoutes, opts);
  await app.register(resultWriteRoutes, opts);
  await app.register(periodAdminRoutes, opts);
  await app.register(figureRoutes, opts);
  await app.register(evidenceRoutes, opts);
  await app.register(appealRoutes, opts);
  await app.register(auditRoutes, opts);
  await app.register(forumRoutes, opts);
  await app.register(forumFileRoutes, opts);
  await app.register(reportRoutes, opts);
  await app.register(nationalResultRoutes, opts);
  await app.register(actionPlanRoutes, opts);

  await app.register(auditCheckpoints, opts);
  await app.register(hourlyJobs, opts);
  await app.register(clientApp, { dist: config.clientDist });
  return app;
}

/**
 * Requests Node cannot even parse (headers over 16 KB, a broken request line) never reach
 * Fastify's error handler: they get the same `{ error: { code, message } }` here.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message]: [number, string, ErrorCode, string] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          'HEADERS_TOO_LARGE',
          'Header permintaan terlalu besar.',
        ]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [
            408,
            'Request Timeout',
            'REQUEST_TIMEOUT',
            'Permintaan terlalu lama dikirim dan dihentikan. Periksa koneksi lalu coba lagi.',
          ]
        : [400, 'Bad Request', 'BAD_REQUEST', 'Permintaan tidak dapat dibaca.'];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
