import { auditKeyFor } from '@rapor/db/audit-chain';
import { ErrorBody } from '@rapor/shared/schemas';
import { LoginBody, Me } from '@rapor/shared/write-schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEVICE_COOKIE, DEVICE_COOKIE_DAYS, deviceCookies } from '../auth/device-cookie';
import {
  createSession,
  deleteSession,
  deleteSessionsOfUser,
  resolveSession,
  SESSION_COOKIE,
  type SessionUser,
} from '../auth/session-store';
import { reserveSignIn, settleSignIn, throttleAuditSampler } from '../auth/sign-in-guard';
import type { AppOptions } from '../config';
import { AppError, UnauthorizedError } from '../errors';
import { actorOf } from '../plugins/auth';
import { appendAudit } from '../services/admin/audit';
import { authenticate, userIdOf } from '../services/admin/users-service';
import { loadErrors } from './common';

export const authRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.production,
  };
  /** Sign-ins and sign-outs go into the audit trail, with the address they came from. */
  const audit = (action: string, username: string, after: Record<string, unknown>) =>
    appendAudit(db, config.now(), {
      userId: userIdOf(db, username),
      action,
      entity: 'session',
      entityId: username.toLowerCase(),
      after,
    });
  const throttledToAudit = throttleAuditSampler();
  // Signed with a key derived from the installation's audit key: no second secret to keep.
  const devices = deviceCookies(auditKeyFor(config.databasePath));

  app.post(
    '/api/v1/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets an HttpOnly session cookie',
        body: LoginBody,
        response: { 200: Me, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const address = request.ip;
      const deviceCookie = request.cookies[DEVICE_COOKIE];
      const trustedDevice = devices.accountsOf(deviceCookie).includes(username.toLowerCase());
      const reserved = reserveSignIn(db, { username, address, trustedDevice }, config.now());
      if ('wait' in reserved) {
        const { wait } = reserved;
        const seconds = Math.ceil(wait.ms / 1000);
        const leftOut = throttledToAudit(address, config.now());
        if (leftOut !== null)
          audit('sign-in-throttled', username, { address, seconds, why: wait.why, leftOut });
        reply.header('Retry-After', String(seconds));
        throw new AppError(
          429,
          'TOO_MANY_ATTEMPTS',
          seconds < 120
            ? `Terlalu banyak percobaan masuk. Coba lagi dalam ${seconds} detik.`
            : `Terlalu banyak percobaan masuk. Coba lagi dalam ${Math.ceil(seconds / 60)} menit.`,
        );
      }
      const user = await authenticate(db, username, password);
      if (!user) {
        audit('sign-in-failed', username, { address });
        throw new UnauthorizedError('Nama pengguna atau kata sandi salah.');
      }
      settleSignIn(db, reserved.attempt);
      audit('sign-in', user.username, { address });
      const token = createSession(db, user.id, config.now(), config.sessionAbsoluteMs);
      reply.setCookie(SESSION_COOKIE, token, {
        ...cookieOptions,
        maxAge: Math.floor(config.sessionAbsoluteMs / 1000),
      });
      reply.setCookie(DEVICE_COOKIE, devices.issue(deviceCookie, user.username), {
        ...cookieOptions,
        path: '/api/v1/auth',
        maxAge: DEVICE_COOKIE_DAYS * 86_400,
      });
      request.log.info({ user: user.username }, 'signed in');
      return toMe(user);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends the session',
        response: { 204: z.null(), 403: ErrorBody, 429: loadErrors[429] },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        const user = resolveSession(db, token, config.now(), config.sessionIdleMs);
        deleteSession(db, token);
        if (user) audit('sign-out', user.username, { address: request.ip });
      }
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/logout-everywhere',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: "Sign out everywhere: ends every one of the user's sessions",
        response: { 204: z.null(), 401: ErrorBody, 403: ErrorBody, 429: loadErrors[429] },
      },
    },
    async (request, reply) => {
      const user = actorOf(request);
      deleteSessionsOfUser(db, user.id);
      audit('sign-out-everywhere', user.username, { address: request.ip });
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        response: { 200: Me, 401: ErrorBody, 429: loadErrors[429], 503: loadErrors[503] },
      },
    },
    async (request) => {
      return toMe(actorOf(request));
    },
  );
};

function toMe(user: SessionUser): Me {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    areas: [...user.areas],
  };
}
