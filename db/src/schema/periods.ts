import { PROVENANCES } from '@rapor/shared/schemas';
import { PERIOD_STATES } from '@rapor/shared/workflow';
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { frameworks } from './frameworks';
import { users } from './users';

export const periods = sqliteTable('periods', {
  year: integer('year').primaryKey(),
  frameworkId: text('framework_id')
    .notNull()
    .references(() => frameworks.id),
  state: text('state', { enum: PERIOD_STATES }).notNull().default('open'),
  openedAt: text('opened_at').notNull(),
  closedAt: text('closed_at'),
  /**
   * A seeded year's index: the figure the ministry published, or invented demo data; null for
   * a year entered in the app.
   */
  indexSource: text('index_source', { enum: PROVENANCES }),
  /** the four quarters' action-plan report deadlines (JSON, ISO dates); null: the defaults */
  planDeadlines: text('plan_deadlines'),
  /** when the secretariat opened the appeal window (while in review); null: closed */
  appealsOpenedAt: text('appeals_opened_at'),
});

/**
 * Items of a period's framework that do not apply to the institution that year (PermenPANRB
 * 9/2023): left out of RB General, which is rescaled over the rest. Set by the admin with a
 * reason; every change is audited.
 */
export const notApplicableItems = sqliteTable(
  'not_applicable_items',
  {
    year: integer('year')
      .notNull()
      .references(() => periods.year),
    indicatorCode: text('indicator_code').notNull(),
    reason: text('reason').notNull(),
    setBy: integer('set_by').references(() => users.id),
    setAt: text('set_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.indicatorCode] })],
);
