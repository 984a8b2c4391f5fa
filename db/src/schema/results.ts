import type { AnswerValue } from '@rapor/shared/answers';
import { AREA_CODES } from '@rapor/shared/areas';
import type { AnswerState } from '@rapor/shared/review';
import { type EvidenceLink, PROVENANCES } from '@rapor/shared/schemas';
import { RESULT_STATUSES } from '@rapor/shared/workflow';
import { integer, real, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import { periods } from './periods';
import { users } from './users';

/** One area's result in one period: narrative, status and the version that guards edits. */
export const areaResults = sqliteTable(
  'area_results',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year')
      .notNull()
      .references(() => periods.year),
    areaCode: text('area_code', { enum: AREA_CODES }).notNull(),
    status: text('status', { enum: RESULT_STATUSES }).notNull().default('draft'),
    narrative: text('narrative').notNull().default(''),
    version: integer('version').notNull().default(1),
    /** the evaluator's comment when returning the result to the chair */
    reviewComment: text('review_comment'),
    /** the secretariat's reason for closing the year with this area not verified */
    closedUnverified: text('closed_unverified'),
    updatedAt: text('updated_at').notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [unique('area_results_year_area').on(t.year, t.areaCode)],
);

/**
 * Answers per period and indicator. Indicators under an area belong to that area's result;
 * ministry-wide indicators (Komponen Hasil) have no area and are kept by the secretariat.
 * A sourced figure (the framework node has `sourcedBy`) keeps the figure as the source
 * reports it in self_value, with the source document, who entered it and who verified it;
 * it has no evaluator value beside it, and its own version guards its edits.
 */
export const indicatorAnswers = sqliteTable(
  'indicator_answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year')
      .notNull()
      .references(() => periods.year),
    indicatorCode: text('indicator_code').notNull(),
    areaCode: text('area_code', { enum: AREA_CODES }),
    selfValue: text('self_value', { mode: 'json' }).$type<AnswerValue>(),
    evaluatorValue: text('evaluator_value', { mode: 'json' }).$type<AnswerValue>(),
    evidence: text('evidence', { mode: 'json' }).$type<EvidenceLink[]>().notNull().default([]),
    selfComment: text('self_comment'),
    evaluatorComment: text('evaluator_comment'),
    updatedAt: text('updated_at').notNull(),
    sourceTitle: text('source_title'),
    sourceIssuer: text('source_issuer'),
    sourceDate: text('source_date'),
    provenance: text('provenance', { enum: PROVENANCES }),
    enteredBy: integer('entered_by').references(() => users.id),
    enteredAt: text('entered_at'),
    verifiedBy: integer('verified_by').references(() => users.id),
    verifiedAt: text('verified_at'),
    version: integer('version').notNull().default(1),
    /** set while the evaluator has returned this one indicator; only such indicators unlock */
    returnedReason: text('returned_reason'),
  },
  (t) => [unique('indicator_answers_year_code').on(t.year, t.indicatorCode)],
);

/** The chair's answers as they stood each time the evaluator returned a result: what the
 * evaluator compares a resubmission against (shared/review changesSince). */
export const reviewRounds = sqliteTable('review_rounds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year')
    .notNull()
    .references(() => periods.year),
  areaCode: text('area_code', { enum: AREA_CODES }).notNull(),
  at: text('at').notNull(),
  userId: integer('user_id').references(() => users.id),
  comment: text('comment').notNull(),
  snapshot: text('snapshot', { mode: 'json' }).$type<Record<string, AnswerState>>().notNull(),
});

/** The points an area aims for in a year. */
export const targets = sqliteTable(
  'targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year')
      .notNull()
      .references(() => periods.year),
    areaCode: text('area_code', { enum: AREA_CODES }).notNull(),
    points: real('points').notNull(),
  },
  (t) => [unique('targets_year_area').on(t.year, t.areaCode)],
);
