import { AREA_CODES } from '@rapor/shared/areas';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { periods } from './periods';
import { users } from './users';

/**
 * Evidence files (data dukung) uploaded by a chair. The bytes live under the data directory
 * (evidence/<year>/<area>/<stored name>); this row says what the file is and whose area it
 * belongs to, and is what the download checks.
 */
export const evidenceFiles = sqliteTable('evidence_files', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year')
    .notNull()
    .references(() => periods.year),
  areaCode: text('area_code', { enum: AREA_CODES }).notNull(),
  storedName: text('stored_name').notNull().unique(),
  originalName: text('original_name').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  uploadedBy: integer('uploaded_by').references(() => users.id),
  uploadedAt: text('uploaded_at').notNull(),
});
