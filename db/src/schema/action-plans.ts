import { AREA_CODES } from '@rapor/shared/areas';
import { integer, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import { periods } from './periods';
import { users } from './users';

/**
 * A working group's action plan for a year: its road-map rows, the actions under them and each
 * quarter's realisation, kept whole as one JSON document (PlanActivity[] of
 * shared/schemas/action-plans.ts) that is always read and written as one, under its version.
 * `theme` is '' for the group's own (RB General) plan, else the RB Tematik theme it leads.
 */
export const actionPlans = sqliteTable(
  'action_plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year')
      .notNull()
      .references(() => periods.year),
    areaCode: text('area_code', { enum: AREA_CODES }).notNull(),
    theme: text('theme').notNull().default(''),
    activities: text('activities').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: text('updated_at').notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [unique('action_plans_year_area_theme').on(t.year, t.areaCode, t.theme)],
);

/**
 * How the ministry's action plan is graded for a year: the chair's and the evaluator's grades
 * of the seven sub-criteria and the evaluator's overrides of the computed A.1/A.2, as one JSON
 * document (GradingDocument of server/src/services/evaluation/plan-grading.ts) under one version.
 */
export const planGradings = sqliteTable('plan_gradings', {
  year: integer('year')
    .primaryKey()
    .references(() => periods.year),
  document: text('document').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: text('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
});
