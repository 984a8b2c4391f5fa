import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Keeps the server answering under a flood. When the event loop lags, reads are turned away
 * with 503 and Retry-After while writes go on (a chair's save matters more than one more
 * dashboard refresh); a slow request is logged. (The anonymous rate limit is
 * plugins/anonymous-rate-limit.)
 */
export interface LoadGuardOptions {
  /** event-loop lag (ms, worst in the last second) above which reads get 503 */
  maxLagMs: number;
  /** a request slower than this (ms) is logged as slow */
  slowMs: number;
}

const isRead = (request: FastifyRequest) => request.method === 'GET' || request.method === 'HEAD';

export const loadGuard = fp(async (app: FastifyInstance, opts: LoadGuardOptions) => {
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  // The worst delay in the last second: reset each second, read as max.
  let worst = 0;
  const sampler = setInterval(() => {
    worst = lag.max / 1e6;
    lag.reset();
  }, 1000);
  sampler.unref();
  const currentLag = () => Math.max(worst, lag.max / 1e6);

  app.addHook('onClose', async () => {
    clearInterval(sampler);
    lag.disable();
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!isRead(request) || request.url === '/api/health') return;
    const behind = currentLag();
    if (behind > opts.maxLagMs) {
      request.log.warn({ lagMs: Math.round(behind), url: request.url }, 'shedding a read');
      reply.header('Retry-After', '5');
      return reply.status(503).send({
        error: {
          code: 'BUSY',
          message: 'Server sedang sibuk. Coba lagi dalam beberapa detik.',
        },
      });
    }
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
