import { ErrorBody, IdParam } from '@rapor/shared/schemas';
import {
  PasswordReset,
  UserCreate,
  UserDto,
  UsersResponse,
  UserUpdate,
} from '@rapor/shared/write-schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../config';
import { actorOf } from '../plugins/auth';
import {
  createUser,
  endSessions,
  listUsers,
  resetPassword,
  updateUser,
} from '../services/admin/users-service';
import { loadErrors } from './common';

const errors = {
  ...loadErrors,
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
} as const;

/** Admin only: users and their passwords. */
export const userRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  app.get(
    '/api/v1/users',
    {
      config: { permission: 'user.manage' },
      schema: { tags: ['admin'], summary: 'Users', response: { 200: UsersResponse, ...errors } },
    },
    async () => ({ users: listUsers(db, config.now()) }),
  );
  app.post(
    '/api/v1/users',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Create a user',
        body: UserCreate,
        response: { 201: UserDto, ...errors },
      },
    },
    async (request, reply) => {
      const user = await createUser(db, request.body, actorOf(request).id, config.now());
      return reply.status(201).send(user);
    },
  );
  app.put(
    '/api/v1/users/:id',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['admin'],
        summary: "Change a user's name, area, or deactivate them (ends their sessions)",
        params: IdParam,
        body: UserUpdate,
        response: { 200: UserDto, ...errors },
      },
    },
    async (request) =>
      updateUser(db, request.params.id, request.body, actorOf(request).id, config.now()),
  );
  app.put(
    '/api/v1/users/:id/password',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['admin'],
        summary: "Reset a user's password (ends their sessions)",
        params: IdParam,
        body: PasswordReset,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await resetPassword(
        db,
        request.params.id,
        request.body.password,
        actorOf(request).id,
        config.now(),
      );
      return reply.status(204).send(null);
    },
  );
  app.delete(
    '/api/v1/users/:id/sessions',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['admin'],
        summary: 'End every session of a user (they sign in again)',
        params: IdParam,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      endSessions(db, request.params.id, actorOf(request).id, config.now());
      return reply.status(204).send(null);
    },
  );
};
