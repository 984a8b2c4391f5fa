import underPressure from '@fastify/under-pressure';
import type { ErrorBody } from '@rapor/shared/schemas';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Keeps the server answering under a flood (@fastify/under-pressure). When the event loop
 * lags, reads are turned away with 503 and Retry-After while writes go on (a chair's save
 * matters more than one more dashboard refresh) and the health check still answers; a slow
 * request is logged. (The anonymous rate limit is plugins/anonymous-rate-limit.)
 */
export interface LoadGuardOptions {
  /** event-loop delay (ms, mean over each second) above which reads get 503 */
  maxLagMs: number;
  /** a request slower than this (ms) is logged as slow */
  slowMs: number;
}

const isRead = (request: FastifyRequest) => request.method === 'GET' || request.method === 'HEAD';

/** How often @fastify/under-pressure measures the loop (its default), in ms. */
const SAMPLE_INTERVAL_MS = 1000;

/**
 * Whether a measured lag is known to pass the limit. The plugin reports Infinity when the loop
 * was blocked through a whole sampling interval (no sample taken): a lag of at least that
 * interval, but no more is known — a limit above it (a benchmark timing multi-second reads)
 * must not shed the read that follows one.
 */
export function lagOverLimit(lagMs: number, maxLagMs: number): boolean {
  return Number.isFinite(lagMs) ? lagMs > maxLagMs : maxLagMs < SAMPLE_INTERVAL_MS;
}

export const loadGuard = fp(async (app: FastifyInstance, opts: LoadGuardOptions) => {
  await app.register(underPressure, {
    // 0 turns the check off (tests run on a busy machine without shedding unless they ask).
    maxEventLoopDelay: Number.isFinite(opts.maxLagMs) ? opts.maxLagMs : 0,
    sampleInterval: SAMPLE_INTERVAL_MS,
    retryAfter: 5,
    pressureHandler: (request, reply, type, value) => {
      if (!isRead(request) || request.url === '/api/health') return undefined;
      if (type === 'eventLoopDelay' && !lagOverLimit(Number(value), opts.maxLagMs))
        return undefined;
      request.log.warn({ lagMs: Math.round(Number(value)), url: request.url }, 'shedding a read');
      reply.status(503).header('Retry-After', '5');
      // A value returned is what the plugin sends (its types say void; its code sends it).
      const busy: ErrorBody = {
        error: { code: 'BUSY', message: 'Server sedang sibuk. Coba lagi dalam beberapa detik.' },
      };
      return busy as unknown as undefined;
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    if (reply.elapsedTime > opts.slowMs) {
      request.log.warn(
        { url: request.url, method: request.method, ms: Math.round(reply.elapsedTime) },
        'slow request',
      );
    }
  });
});
