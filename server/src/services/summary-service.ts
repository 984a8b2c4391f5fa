import type { DashboardSummary, SummaryYear } from '@rapor/shared/schemas';
import { summarize } from '@rapor/shared/summary';
import { listPeriodRows, loadYear, type Reader, scoreYear } from './year-data';

export function yearSummary(db: Reader, year: number): SummaryYear {
  const data = loadYear(db, year);
  const summary = summarize(data.framework, scoreYear(data));
  return {
    year,
    framework: data.framework.id,
    method: data.framework.method,
    periodState: data.period.state,
    index: summary.index,
    predicate: summary.predicate,
    components: summary.components,
    areas: summary.areas.map((a) => ({
      ...a,
      target: data.targets.get(a.code) ?? null,
      status: data.results.get(a.code)?.status ?? 'draft',
    })),
  };
}

/**
 * Per year in [from, to]: index, predicate, framework, components and the eight areas.
 * The range is validated at the boundary (SummaryQuery rejects from > to).
 */
export function dashboardSummary(
  db: Reader,
  range: { from?: number; to?: number },
): DashboardSummary {
  const years = listPeriodRows(db)
    .map((p) => p.year)
    .filter(
      (y) =>
        (range.from === undefined || y >= range.from) && (range.to === undefined || y <= range.to),
    );
  return { years: years.map((year) => yearSummary(db, year)) };
}
