import { PERIOD_STATES } from '@rapor/shared/workflow';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { frameworks } from './frameworks';

export const periods = sqliteTable('periods', {
  year: integer('year').primaryKey(),
  frameworkId: text('framework_id')
    .notNull()
    .references(() => frameworks.id),
  state: text('state', { enum: PERIOD_STATES }).notNull().default('open'),
  openedAt: text('opened_at').notNull(),
  closedAt: text('closed_at'),
});
