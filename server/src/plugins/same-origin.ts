import { APP_REQUEST_HEADER } from '@rapor/shared/schemas';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing API request that did not come from the app itself, before the
 * session is read or the body parsed. SameSite=Lax cookies still travel with requests from a
 * same-site page (another port or subdomain), and a multipart form or a bodiless POST needs
 * no preflight, so the cookie alone proves nothing. Two proofs are asked for:
 * - the browser's own word: `Sec-Fetch-Site` must be same-origin (or none: typed by the user);
 *   a browser too old to send it is judged by `Origin`, which must be this host;
 * - the app's header, which no cross-origin page can add without a preflight we never grant.
 */
export const sameOrigin = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    if (!fromThisOrigin(request)) {
      throw new AppError(
        403,
        'CROSS_SITE_REQUEST',
        'Permintaan dari halaman lain ditolak. Buka Rapor RB langsung lalu coba lagi.',
      );
    }
    if (!request.headers[APP_REQUEST_HEADER]) {
      throw new AppError(
        403,
        'APP_HEADER_MISSING',
        `Permintaan yang mengubah data harus dikirim oleh aplikasi (header ${APP_REQUEST_HEADER}).`,
      );
    }
  });
});

function fromThisOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}
