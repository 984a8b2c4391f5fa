import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { SESSION_COOKIE } from '../auth/session-store';

/**
 * Keeps the server answering under a flood. When the event loop lags, reads are turned away
 * with 503 and Retry-After while writes go on (a chair's save matters more than one more
 * dashboard refresh); anonymous reads are limited per address; a slow request is logged.
 */
export interface LoadGuardOptions {
  /** event-loop lag (ms, worst in the last second) above which reads get 503 */
  maxLagMs: number;
  /** requests per minute one address may make without a session */
  anonymousPerMinute: number;
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

  const windows = new Map<string, { start: number; count: number }>();
  const pruner = setInterval(() => {
    const cutoff = Date.now() - 60_000;
    for (const [address, w] of windows) if (w.start < cutoff) windows.delete(address);
  }, 60_000);
  pruner.unref();

  app.addHook('onClose', async () => {
    clearInterval(sampler);
    clearInterval(pruner);
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
    // The limit is on the anonymous API: the app's own files load before anyone signs in.
    // The raw header: this hook runs before the cookie plugin parses it. A forged cookie
    // passes here and is refused (401) by the route.
    const signedIn = request.headers.cookie?.includes(`${SESSION_COOKIE}=`) ?? false;
    if (signedIn || !request.url.startsWith('/api/')) return;
    const now = Date.now();
    const w = windows.get(request.ip);
    if (!w || now - w.start >= 60_000) {
      windows.set(request.ip, { start: now, count: 1 });
      return;
    }
    w.count++;
    if (w.count > opts.anonymousPerMinute) {
      const seconds = Math.ceil((w.start + 60_000 - now) / 1000);
      reply.header('Retry-After', String(seconds));
      return reply.status(429).send({
        error: {
          code: 'TOO_MANY_REQUESTS',
          message: `Terlalu banyak permintaan tanpa masuk. Coba lagi dalam ${seconds} detik, atau masuk terlebih dahulu.`,
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
