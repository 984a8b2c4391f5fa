import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Serves the built SPA at / and falls back to index.html for the app's own paths, so a
 * reload on /areas/MP works. /api/* misses stay JSON 404s.
 */
export const clientApp = fp(async (app: FastifyInstance, opts: { dist: string }) => {
  if (!existsSync(join(opts.dist, 'index.html'))) {
    app.log.warn(`no built client at ${opts.dist}; run pnpm build`);
    return;
  }
  await app.register(fastifyStatic, { root: opts.dist, wildcard: false, index: 'index.html' });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
});
