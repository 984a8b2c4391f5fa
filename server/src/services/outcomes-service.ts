import * as t from '@rapor/db/schema';
import type { OutcomeFigure } from '@rapor/shared/schemas';
import { and, asc, gte, lte, type SQL } from 'drizzle-orm';
import type { Reader } from './year-data';

export function listOutcomes(db: Reader, range: { from?: number; to?: number }): OutcomeFigure[] {
  const where: SQL[] = [];
  if (range.from !== undefined) where.push(gte(t.outcomeFigures.year, range.from));
  if (range.to !== undefined) where.push(lte(t.outcomeFigures.year, range.to));
  return db
    .select()
    .from(t.outcomeFigures)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(t.outcomeFigures.year), asc(t.outcomeFigures.kind))
    .all()
    .map(({ id: _id, ...figure }) => figure);
}
