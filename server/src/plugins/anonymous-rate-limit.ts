import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors';

/**
 * The anonymous API is limited per address (behind a proxy, per client when TRUST_PROXY is
 * set). A caller counts as signed in only once the auth plugin has resolved their cookie to a
 * live session (request.actor): a forged `rapor_session=` is as anonymous as none. The app's
 * own files and the health check are never limited. Registered before the auth plugin, so the
 * limit runs before a route's permission check (a flood of 401s is limited too).
 */
export const anonymousRateLimit = fp(async (app: FastifyInstance, opts: { perMinute: number }) => {
  const exempt = (request: FastifyRequest) =>
    request.actor !== null || !request.url.startsWith('/api/') || request.url === '/api/health';
  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    // A function, so an unlimited test configuration (Infinity) is taken as it is.
    max: () => opts.perMinute,
    allowList: exempt,
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new AppError(
        429,
        'TOO_MANY_REQUESTS',
        `Terlalu banyak permintaan tanpa masuk. Coba lagi dalam ${seconds} detik, atau masuk terlebih dahulu.`,
      );
    },
  });
});
