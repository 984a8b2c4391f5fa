import { OUTCOME_KINDS } from '@rapor/shared/schemas';
import { integer, real, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';

/** Ministry-wide outcome figures per year (SAKIP, BPK opinion, SPI, Ombudsman, …). */
export const outcomeFigures = sqliteTable(
  'outcome_figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    kind: text('kind', { enum: OUTCOME_KINDS }).notNull(),
    value: real('value'),
    text: text('text'),
    unit: text('unit'),
    source: text('source', { enum: ['published', 'demo'] }).notNull(),
    note: text('note'),
  },
  (t) => [unique('outcome_figures_year_kind').on(t.year, t.kind)],
);
