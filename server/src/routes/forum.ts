import {
  AgendaInput,
  Deck,
  DeckQuery,
  Direction,
  DirectionEditInput,
  DirectionFollowUpInput,
  DirectionInput,
  DirectionsQuery,
  DirectionsResponse,
  DirectionWithdrawInput,
  ForumAgenda,
  SnapshotCreate,
  SnapshotSummary,
  SnapshotsResponse,
} from '@rapor/shared/forum-schemas';
import { IdParam, YearParam } from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../config';
import { cachedJson } from '../services/dashboard/aggregate-cache';
import { createSnapshot, deckOf, listSnapshots } from '../services/forum/deck-service';
import {
  addDirectionFollowUp,
  createDirection,
  editDirection,
  getDirection,
  listDirections,
  withdrawDirection,
} from '../services/forum/directions-service';
import { getAgenda, saveAgenda } from '../services/forum/forum-agenda';
import { readErrors, sendJson, todayWib, writeContext, writeErrors } from './common';

/** The forum: the deck, its frozen snapshots, and the minister's directions. */
export const forumRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  app.get(
    '/api/v1/periods/:year/deck',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['forum'],
        summary: 'The forum deck of a year: from a frozen snapshot, or the data as it stands now',
        params: YearParam,
        querystring: DeckQuery,
        response: { 200: Deck, ...readErrors },
      },
    },
    async (request, reply) => {
      const now = config.now();
      const { year } = request.params;
      const { snapshot } = request.query;
      // a live deck says when it was made: cached only for the same minute
      const key = `deck:${year}:${snapshot ?? now.toISOString().slice(0, 16)}`;
      return sendJson(
        reply,
        cachedJson(db, key, Deck, () => deckOf(db, year, snapshot, now, todayWib(now))),
      );
    },
  );
  app.get(
    '/api/v1/periods/:year/snapshots',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['forum'],
        summary: 'The frozen snapshots of a year, oldest first',
        params: YearParam,
        response: { 200: SnapshotsResponse, ...readErrors },
      },
    },
    async (request) => ({ snapshots: listSnapshots(db, request.params.year) }),
  );
  app.post(
    '/api/v1/periods/:year/snapshots',
    {
      config: { permission: 'snapshot.create' },
      schema: {
        tags: ['forum'],
        summary: 'Freeze the deck for the forum: a dated, numbered copy that never changes',
        params: YearParam,
        body: SnapshotCreate,
        response: { 201: SnapshotSummary, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          createSnapshot(writeContext(request, db, config), request.params.year, request.body.note),
        ),
  );
  app.get(
    '/api/v1/directions',
    {
      config: { permission: 'direction.read' },
      schema: {
        tags: ['forum'],
        summary: "The minister's directions, by forum year, area and status",
        querystring: DirectionsQuery,
        response: { 200: DirectionsResponse, ...readErrors },
      },
    },
    async (request) => ({
      directions: listDirections(db, request.query, todayWib(config.now())),
    }),
  );
  app.get(
    '/api/v1/directions/:id',
    {
      config: { permission: 'direction.read' },
      schema: {
        tags: ['forum'],
        summary: 'One direction with its follow-ups',
        params: IdParam,
        response: { 200: Direction, ...readErrors },
      },
    },
    async (request) => getDirection(db, request.params.id, todayWib(config.now())),
  );
  app.post(
    '/api/v1/periods/:year/directions',
    {
      config: { permission: 'direction.create' },
      schema: {
        tags: ['forum'],
        summary:
          "Record a minister's direction given at the forum; sent again with the same clientId, the stored one is returned (200)",
        params: YearParam,
        body: DirectionInput,
        response: { 200: Direction, 201: Direction, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { direction, created } = createDirection(
        writeContext(request, db, config),
        request.params.year,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(direction);
    },
  );
  app.post(
    '/api/v1/directions/:id/follow-ups',
    {
      config: { permission: 'direction.followUp' },
      schema: {
        tags: ['forum'],
        summary: 'Record a follow-up on a direction; the chair reports, the secretariat closes',
        params: IdParam,
        body: DirectionFollowUpInput,
        response: { 201: Direction, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          addDirectionFollowUp(writeContext(request, db, config), request.params.id, request.body),
        ),
  );
  app.put(
    '/api/v1/directions/:id',
    {
      config: { permission: 'direction.correct' },
      schema: {
        tags: ['forum'],
        summary:
          'Correct a direction as recorded (text, owner, due date) with a reason; the deck and the files show the corrected text',
        params: IdParam,
        body: DirectionEditInput,
        response: { 200: Direction, ...writeErrors },
      },
    },
    async (request) =>
      editDirection(writeContext(request, db, config), request.params.id, request.body),
  );
  app.post(
    '/api/v1/directions/:id/withdraw',
    {
      config: { permission: 'direction.correct' },
      schema: {
        tags: ['forum'],
        summary:
          'Withdraw a direction recorded by mistake, with a reason: it leaves every list, the audit log keeps it',
        params: IdParam,
        body: DirectionWithdrawInput,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      withdrawDirection(writeContext(request, db, config), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/v1/periods/:year/agenda',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['forum'],
        summary:
          "A deck's agenda: its slides' order and those hidden (version 0: none set, the deck as built)",
        params: YearParam,
        querystring: DeckQuery,
        response: { 200: ForumAgenda, ...readErrors },
      },
    },
    async (request) => getAgenda(db, request.params.year, request.query.snapshot),
  );
  app.put(
    '/api/v1/periods/:year/agenda',
    {
      config: { permission: 'forum.arrange' },
      schema: {
        tags: ['forum'],
        summary:
          "Set a deck's agenda (the live deck, or ?snapshot=N): the slides' order and those hidden, by slide key; the deck, the presenter window, the handouts and the PowerPoint follow it",
        params: YearParam,
        querystring: DeckQuery,
        body: AgendaInput,
        response: { 200: ForumAgenda, ...writeErrors },
      },
    },
    async (request) => {
      const now = config.now();
      const deck = deckOf(db, request.params.year, request.query.snapshot, now, todayWib(now));
      return saveAgenda(writeContext(request, db, config), deck, request.body);
    },
  );
};
