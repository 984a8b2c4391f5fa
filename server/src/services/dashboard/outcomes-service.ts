import * as t from '@rapor/db/schema';
import { walk } from '@rapor/shared/framework';
import type { OutcomeFigure } from '@rapor/shared/schemas';
import { and, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { frameworkOf, type PeriodRow, periodsInRange, type Reader } from '../evaluation/year-data';

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
  const entered = enteredOutcomes(db, periodsInRange(db, range));
  const key = (f: OutcomeFigure) => `${f.year}/${f.kind}`;
  const byKey = new Map(stored.map((f) => [key(f), f]));
  for (const f of entered) byKey.set(key(f), f);
  return [...byKey.values()].sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
}

/**
 * The outcome figures the secretariat entered as Hasil figures, for the given periods: one
 * query for the answers of the indicators that are outcome figures, not a year load each.
 */
function enteredOutcomes(db: Reader, periods: readonly PeriodRow[]): OutcomeFigure[] {
  const nodesByYear = new Map(
    periods.map((p) => [
      p.year,
      [...walk(frameworkOf(db, p.frameworkId).components)].filter((n) => n.outcome && n.answer),
    ]),
  );
  const codes = [...new Set([...nodesByYear.values()].flat().map((n) => n.code))];
  if (codes.length === 0) return [];
  const rows = db
    .select()
    .from(t.indicatorAnswers)
    .where(
      and(
        inArray(t.indicatorAnswers.year, [...nodesByYear.keys()]),
        inArray(t.indicatorAnswers.indicatorCode, codes),
      ),
    )
    .all();
  const answer = new Map(rows.map((r) => [`${r.year}/${r.indicatorCode}`, r]));
  return [...nodesByYear].flatMap(([year, nodes]) =>
    nodes.flatMap((node): OutcomeFigure[] => {
      const row = answer.get(`${year}/${node.code}`);
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
    }),
  );
}
