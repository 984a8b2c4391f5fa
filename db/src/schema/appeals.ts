import type { AnswerValue } from '@rapor/shared/answers';
import { APPEAL_STATUSES } from '@rapor/shared/appeals';
import { AREA_CODES } from '@rapor/shared/areas';
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { evidenceFiles } from './evidence';
import { periods } from './periods';
import { users } from './users';

/**
 * A working group's appeal (sanggah) of a score the evaluator gave one of its items: the
 * reason and file it was filed with, the evaluator's answer, and the score change an accepted
 * appeal led to (made and audited as its own step). At most one open appeal per item: the
 * partial unique index holds it even against two filings at once.
 */
export const appeals = sqliteTable(
  'appeals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year')
      .notNull()
      .references(() => periods.year),
    areaCode: text('area_code', { enum: AREA_CODES }).notNull(),
    indicatorCode: text('indicator_code').notNull(),
    status: text('status', { enum: APPEAL_STATUSES }).notNull().default('open'),
    reason: text('reason').notNull(),
    fileId: integer('file_id')
      .notNull()
      .references(() => evidenceFiles.id),
    scoreAtFiling: text('score_at_filing', { mode: 'json' }).$type<AnswerValue>(),
    filedBy: integer('filed_by')
      .notNull()
      .references(() => users.id),
    filedAt: text('filed_at').notNull(),
    response: text('response'),
    answeredBy: integer('answered_by').references(() => users.id),
    answeredAt: text('answered_at'),
    rescoreBefore: text('rescore_before', { mode: 'json' }).$type<AnswerValue>(),
    rescoreAfter: text('rescore_after', { mode: 'json' }).$type<AnswerValue>(),
    rescoredBy: integer('rescored_by').references(() => users.id),
    rescoredAt: text('rescored_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('appeals_year').on(t.year),
    uniqueIndex('appeals_one_open_per_item')
      .on(t.year, t.indicatorCode)
      .where(sql`${t.status} = 'open'`),
  ],
);
