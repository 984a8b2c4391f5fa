import { AREA_CODES } from '@rapor/shared/areas';
import { DIRECTION_STATUSES } from '@rapor/shared/forum-schemas';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { periods } from './periods';
import { users } from './users';

/**
 * The deck as the forum saw it: a numbered copy per year that never changes (triggers
 * deck_snapshots_no_update / _no_delete refuse it), so later edits cannot alter what the
 * minister was shown.
 */
export const deckSnapshots = sqliteTable(
  'deck_snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year')
      .notNull()
      .references(() => periods.year),
    number: integer('number').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    note: text('note'),
    /** the Deck (shared/schemas/forum.ts) as JSON */
    data: text('data').notNull(),
    sha256: text('sha256').notNull(),
  },
  (t) => [uniqueIndex('deck_snapshots_year_number').on(t.year, t.number)],
);

/**
 * A forum's agenda for one deck (snapshot 0: the live deck): the slides' order and those
 * hidden, as slide keys in JSON. Beside the snapshot, never inside its hashed data.
 */
export const forumAgendas = sqliteTable(
  'forum_agendas',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year')
      .notNull()
      .references(() => periods.year),
    snapshot: integer('snapshot').notNull().default(0),
    order: text('order_json').notNull(),
    hidden: text('hidden_json').notNull(),
    /** the speaker notes the secretariat wrote, by slide key; a slide not named keeps its own */
    notes: text('notes_json').notNull().default('{}'),
    version: integer('version').notNull().default(1),
    updatedAt: text('updated_at').notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [uniqueIndex('forum_agendas_year_snapshot').on(t.year, t.snapshot)],
);

/** The minister's directions (arahan) given at a forum, for an area or the whole ministry. */
export const directions = sqliteTable('directions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** made by the client that captured it: a resent direction is stored once */
  clientId: text('client_id').notNull().unique(),
  year: integer('year')
    .notNull()
    .references(() => periods.year),
  areaCode: text('area_code', { enum: AREA_CODES }),
  text: text('text').notNull(),
  owner: text('owner').notNull(),
  dueDate: text('due_date'),
  status: text('status', { enum: DIRECTION_STATUSES }).notNull().default('open'),
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull(),
  createdBy: integer('created_by').references(() => users.id),
  /** when the secretariat last corrected its text, owner or due date; null: as captured */
  editedAt: text('edited_at'),
  /** recorded by mistake and taken back: kept (and audited), shown nowhere */
  withdrawnAt: text('withdrawn_at'),
  withdrawnReason: text('withdrawn_reason'),
});

export const directionFollowUps = sqliteTable('direction_follow_ups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  directionId: integer('direction_id')
    .notNull()
    .references(() => directions.id, { onDelete: 'cascade' }),
  date: text('date').notNull(),
  status: text('status', { enum: DIRECTION_STATUSES }).notNull(),
  note: text('note').notNull(),
  userId: integer('user_id').references(() => users.id),
});
