import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

/**
 * One row: a number every write to the evaluation's data raises, in the writing transaction
 * (triggers data_version_<table>_<op>, migration 0009), whichever process writes. Cached
 * aggregates are valid while it stands still.
 */
export const dataVersion = sqliteTable('data_version', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
});
