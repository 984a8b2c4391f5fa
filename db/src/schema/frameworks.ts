import type { Framework } from '@rapor/shared/framework';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/**
 * Framework versions: snapshots of the shipped files and versions an admin imported. A
 * period's scores are computed from the row, so they stay traceable; a version in use by a
 * period is never changed, only superseded by a new id.
 */
export const frameworks = sqliteTable('frameworks', {
  id: text('id').primaryKey(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
  regulation: text('regulation').notNull(),
  definition: text('definition', { mode: 'json' }).$type<Framework>().notNull(),
  createdAt: text('created_at').notNull(),
  origin: text('origin', { enum: ['shipped', 'imported'] })
    .notNull()
    .default('shipped'),
  createdBy: integer('created_by').references(() => users.id),
});
