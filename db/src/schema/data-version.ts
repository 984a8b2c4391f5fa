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

/**
 * A version per year, raised in the writing transaction by every write to what a year's scores
 * are computed from: its period, area results, answers, targets and items not applicable
 * (triggers year_version_<table>_<op>, migration 0010). A year's summary is recomputed only
 * when its own version moved, not after a write to another year.
 */
export const yearVersions = sqliteTable('year_versions', {
  year: integer('year').primaryKey(),
  version: integer('version').notNull(),
});
