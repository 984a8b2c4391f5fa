import * as t from '@rapor/db/schema';
import { walk } from '@rapor/shared/framework';
import type { OutcomeFigure } from '@rapor/shared/schemas';
import { and, gte, lte, type SQL } from 'drizzle-orm';
import { frameworkOf, listPeriodRows, loadYear, type Reader } from './year-data';

/**
 * The ministry outcome figures per year. A Hasil figure that is an outcome figure (SAKIP,
 * BPK opinion, SPI …) is entered once, on the sourced-figures page, and counts here as
 * entered; stored rows (published history, demo) fill the years and kinds without one.
 */
export function listOutcomes(db: Reader, range: { from?: number; to?: number }): OutcomeFigure[] {
  const where: SQL[] = [];
  if (range.from !== undefined) where.push(gte(t.outcomeFigures.year, range.from));
  if (range.to !== undefined) where.push(lte(t.outcomeFigures.year, range.to));
  const stored = db
    .select()
    .from(t.outcomeFigures)
    .where(where.length ? and(...where) : undefined)
    .all()
    .map(({ id: _id, ...figure }) => figure);
  const entered = listPeriodRows(db)
    .filter(
      (p) =>
        (range.from === undefined || p.year >= range.from) &&
        (range.to === undefined || p.year <= range.to),
    )
    .flatMap((p) => enteredOutcomes(db, p.year, p.frameworkId));
  const key = (f: OutcomeFigure) => `${f.year}/${f.kind}`;
  const byKey = new Map(stored.map((f) => [key(f), f]));
  for (const f of entered) byKey.set(key(f), f);
  return [...byKey.values()].sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
}

function enteredOutcomes(db: Reader, year: number, frameworkId: string): OutcomeFigure[] {
  const nodes = [...walk(frameworkOf(db, frameworkId).components)].filter((n) => n.outcome);
  if (nodes.length === 0) return [];
  const { answers } = loadYear(db, year);
  return nodes.flatMap((node): OutcomeFigure[] => {
    const row = answers.get(node.code);
    const value = row?.selfValue ?? null;
    if (value === null || !node.outcome || !node.answer) return [];
    const unit =
      node.answer.type === 'percent'
        ? '%'
        : node.answer.type === 'number'
          ? (node.answer.unit ?? null)
          : null;
    return [
      {
        year,
        kind: node.outcome,
        value: typeof value === 'number' ? value : null,
        text: typeof value === 'string' ? value : null,
        unit,
        source: row?.provenance === 'demo' ? 'demo' : 'published',
        note: row?.sourceTitle ?? null,
      },
    ];
  });
}
