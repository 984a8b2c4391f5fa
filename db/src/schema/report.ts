import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { periods } from './periods';
import { users } from './users';

/**
 * The evaluation report's letter (number, date, addressee, signatory, copies, assignment, team)
 * and the narrative sections the secretariat rewrote, one row per year; the report's numbers
 * are never stored here: the file takes them from the deck when it is made.
 */
export const reportLetters = sqliteTable('report_letters', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year')
    .notNull()
    .unique()
    .references(() => periods.year),
  letter: text('letter_json').notNull(),
  narrative: text('narrative_json').notNull().default('{}'),
  version: integer('version').notNull().default(1),
  updatedAt: text('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
});
