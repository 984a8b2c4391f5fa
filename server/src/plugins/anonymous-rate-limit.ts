import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors';

/** A signed-in user may make this many times the anonymous rate. */
export const SIGNED_IN_FACTOR = 20;

/**
 * The API is limited per caller: a signed-in user by their account, at SIGNED_IN_FACTOR times
 * the anonymous rate (a dashboard makes many requests; a stolen session still cannot flood),
 * everyone else per address (behind a proxy, per client when TRUST_PROXY is set). A caller
 * counts as signed in only once the auth plugin has resolved their cookie to a live session
 * (request.actor): a forged `rapor_session=` is as anonymous as none. The app's own files and
 * the health check are never limited. Registered before the auth plugin, so the limit runs
 * before a route's permission check (a flood of 401s is limited too).
 */
export const anonymousRateLimit = fp(async (app: FastifyInstance, opts: { perMinute: number }) => {
  const exempt = (request: FastifyRequest) =>
    !request.url.startsWith('/api/') || request.url === '/api/health';
  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    keyGenerator: (request) =>
      request.actor ? `user:${request.actor.id}` : normalizeIP(request.ip),
    // A function, so an unlimited test configuration (Infinity) is taken as it is.
    max: (request) => (request.actor ? opts.perMinute * SIGNED_IN_FACTOR : opts.perMinute),
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
        context.max > opts.perMinute
          ? `Terlalu banyak permintaan dari akun ini. Coba lagi dalam ${seconds} detik.`
          : `Terlalu banyak permintaan tanpa masuk. Coba lagi dalam ${seconds} detik, atau masuk terlebih dahulu.`,
      );
    },
  });
});
