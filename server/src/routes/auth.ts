import { ErrorBody } from '@rapor/shared/schemas';
import { LoginBody, Me } from '@rapor/shared/write-schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../app';
import { LoginThrottle } from '../auth/login-throttle';
import {
  createSession,
  deleteSession,
  SESSION_COOKIE,
  type SessionUser,
} from '../auth/session-store';
import { AppError, UnauthorizedError } from '../errors';
import { actorOf } from '../plugins/auth';
import { authenticate } from '../services/users-service';

export const authRoutes: FastifyPluginAsyncZod<AppOptions & { throttle?: LoginThrottle }> = async (
  app,
  { db, config, throttle },
) => {
  const limiter = throttle ?? new LoginThrottle(undefined, () => config.now().getTime());
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.production,
  };

  app.post(
    '/api/v1/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets an HttpOnly session cookie',
        body: LoginBody,
        response: { 200: Me, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const wait = limiter.retryAfter(username, request.ip);
      if (wait > 0) {
        reply.header('Retry-After', String(Math.ceil(wait / 1000)));
        throw new AppError(
          429,
          'TOO_MANY_ATTEMPTS',
          `Terlalu banyak percobaan masuk. Coba lagi dalam ${Math.ceil(wait / 60_000)} menit.`,
        );
      }
      limiter.recordAttempt(request.ip);
      const user = await authenticate(db, username, password);
      if (!user) {
        limiter.recordFailure(username);
        throw new UnauthorizedError('Nama pengguna atau kata sandi salah.');
      }
      limiter.recordSuccess(username);
      const token = createSession(db, user.id, config.now(), config.sessionAbsoluteMs);
      reply.setCookie(SESSION_COOKIE, token, {
        ...cookieOptions,
        maxAge: Math.floor(config.sessionAbsoluteMs / 1000),
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
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) deleteSession(db, token);
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
        response: { 200: Me, 401: ErrorBody },
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
