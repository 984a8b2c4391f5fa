import cookie from '@fastify/cookie';
import type { Db } from '@rapor/db/open';
import { type Action, mayCallRoute, PERMISSIONS } from '@rapor/shared/permissions';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { resolveSession, SESSION_COOKIE, type SessionUser } from '../auth/session-store';
import type { Config } from '../config';
import { ForbiddenError, UnauthorizedError } from '../errors';

/**
 * What a route declares about its callers: anyone, any signed-in user, an action of the
 * table, or several (the caller's role must hold at least one; the service then checks each
 * field's own action, as for PUT result: narrative is result.edit, target result.setTarget).
 */
export type RoutePermission = 'public' | 'authenticated' | Action | readonly Action[];

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
  interface FastifyRequest {
    actor: SessionUser | null;
  }
}

/** The signed-in user of a request that passed its permission check. */
export function actorOf(request: FastifyRequest): SessionUser {
  if (!request.actor) throw new UnauthorizedError();
  return request.actor;
}

/**
 * Enforces the permission each route declares, on every method the route answers (GET's
 * automatic HEAD too: it would otherwise tell anyone a protected answer's size and headers);
 * a route that declares none makes the app refuse to start. The check runs when the request
 * arrives, before its body is read: a caller who may not call the route (or a chair naming
 * another area in the path) hears 401/403 without the server parsing what they sent.
 */
export const auth = fp(async (app: FastifyInstance, { db, config }: { db: Db; config: Config }) => {
  await app.register(cookie);
  app.decorateRequest('actor', null);

  // One session look-up per API request that carries a cookie, before anything else reads
  // the caller: the rate limit (a forged cookie must not pass for a session), the route's
  // permission and the handler all use request.actor. Static files and health skip it.
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.url === '/api/health') return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = resolveSession(db, token, config.now(), config.sessionIdleMs);
  });

  app.addHook('onRoute', (route) => {
    const permission = (route.config as { permission?: RoutePermission } | undefined)?.permission;
    const internal =
      route.url.startsWith('/api/docs') ||
      route.url === '/api/openapi.json' ||
      !route.url.startsWith('/api/');
    if (internal) return;
    if (!permission)
      throw new Error(`route ${String(route.method)} ${route.url} declares no permission`);
    if (permission === 'public') return;
    const actions: readonly Action[] =
      permission === 'authenticated'
        ? []
        : typeof permission === 'string'
          ? [permission]
          : permission;
    for (const action of actions) {
      if (!(action in PERMISSIONS))
        throw new Error(`route ${route.url} declares unknown permission ${action}`);
    }
    const check = async (request: FastifyRequest) => {
      const actor = request.actor;
      if (!actor) throw new UnauthorizedError();
      const { code } = request.params as { code?: string };
      if (!mayCallRoute(actor, actions, code)) throw new ForbiddenError();
    };
    const existing = route.onRequest;
    route.onRequest = existing
      ? [...(Array.isArray(existing) ? existing : [existing]), check]
      : [check];
  });
});
