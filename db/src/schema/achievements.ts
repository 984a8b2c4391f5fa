import { AREA_CODES } from '@rapor/shared/areas';
import { ACHIEVEMENT_KINDS, type EvidenceLink } from '@rapor/shared/schemas';
import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { periods } from './periods';

export const achievements = sqliteTable('achievements', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year')
    .notNull()
    .references(() => periods.year),
  areaCode: text('area_code', { enum: AREA_CODES }).notNull(),
  title: text('title').notNull(),
  kind: text('kind', { enum: ACHIEVEMENT_KINDS }).notNull(),
  date: text('date'),
  description: text('description'),
  evidence: text('evidence', { mode: 'json' }).$type<EvidenceLink[]>().notNull().default([]),
  metricLabel: text('metric_label'),
  metricValue: real('metric_value'),
  metricUnit: text('metric_unit'),
  createdAt: text('created_at').notNull(),
});
