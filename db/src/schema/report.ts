import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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

/**
 * The national result of a closed year as KemenPANRB's letter gives it (index, predicate, each
 * item's score and note) and the appeals made to it with their answers: kept beside the
 * ministry's own final values, never changing them.
 */
export const nationalResults = sqliteTable('national_results', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year')
    .notNull()
    .unique()
    .references(() => periods.year),
  index: real('index_value').notNull(),
  predicate: text('predicate').notNull(),
  letterNumber: text('letter_number').notNull().default(''),
  letterDate: text('letter_date'),
  note: text('note').notNull().default(''),
  items: text('items_json').notNull().default('[]'),
  appeals: text('appeals_json').notNull().default('[]'),
  version: integer('version').notNull().default(1),
  updatedAt: text('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
});
