import { AREA_CODES } from '@rapor/shared/areas';
import { PRIORITIES, RECOMMENDATION_STATUSES } from '@rapor/shared/schemas';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { periods } from './periods';
import { users } from './users';

/** Issued by one period's evaluation of one area; lives on across years until done or dropped. */
export const recommendations = sqliteTable('recommendations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year')
    .notNull()
    .references(() => periods.year),
  areaCode: text('area_code', { enum: AREA_CODES }).notNull(),
  text: text('text').notNull(),
  ownerUnit: text('owner_unit').notNull(),
  dueDate: text('due_date'),
  priority: text('priority', { enum: PRIORITIES }).notNull().default('medium'),
  status: text('status', { enum: RECOMMENDATION_STATUSES }).notNull().default('open'),
  /** guards follow-ups against lost updates, like area_results.version */
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull(),
});

export const recommendationFollowUps = sqliteTable('recommendation_follow_ups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  recommendationId: integer('recommendation_id')
    .notNull()
    .references(() => recommendations.id, { onDelete: 'cascade' }),
  /** the evaluation year in which the follow-up was reported */
  year: integer('year').notNull(),
  date: text('date').notNull(),
  status: text('status', { enum: RECOMMENDATION_STATUSES }).notNull(),
  note: text('note').notNull(),
  userId: integer('user_id').references(() => users.id),
});
