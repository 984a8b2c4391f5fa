import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A snapshot of each framework version used by a period, so old scores stay traceable. */
export const frameworks = sqliteTable('frameworks', {
  id: text('id').primaryKey(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
  regulation: text('regulation').notNull(),
  definition: text('definition', { mode: 'json' }).notNull(),
  createdAt: text('created_at').notNull(),
});
