import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Serves the built SPA at / and falls back to index.html for the app's own paths, so a
 * reload on /areas/MP works. /api/* misses stay JSON 404s. Files under /assets/ carry a hash
 * of their content in their name: cached for a year, never revalidated; index.html (which
 * names them) is revalidated on every load. The build's .br/.gz copies are sent as they are.
 */
export const clientApp = fp(async (app: FastifyInstance, opts: { dist: string }) => {
  if (!existsSync(join(opts.dist, 'index.html'))) {
    app.log.warn(`no built client at ${opts.dist}; run pnpm build`);
    return;
  }
  await app.register(fastifyStatic, {
    root: opts.dist,
    wildcard: false,
    // "/" goes to the app's fallback below: a directory index with preCompressed 404s when
    // index.html (too small to compress) has no .br beside it
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
});
