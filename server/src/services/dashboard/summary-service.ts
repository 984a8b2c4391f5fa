import { presentYear } from '@rapor/shared/present-year';
import type { DashboardSummary, SummaryYear } from '@rapor/shared/schemas';
import {
  loadYear,
  type PeriodRow,
  periodsInRange,
  type Reader,
  scoreYear,
} from '../evaluation/year-data';
import { yearVersionOf } from './aggregate-cache';

// A year's summary is a function of that year's rows alone, and triggers raise the year's
// version with every write to them (migration 0010), so it is recomputed only for a year
// written since: after a chair's answer the 8-year (or 100-year) summary scores one year, not
// all. Per handle: a transaction's handle sees its own uncommitted writes, and its memo goes
// with it.
const memo = new WeakMap<object, Map<number, { version: number; summary: SummaryYear }>>();

export function yearSummary(db: Reader, yearOrPeriod: number | PeriodRow): SummaryYear {
  const year = typeof yearOrPeriod === 'number' ? yearOrPeriod : yearOrPeriod.year;
  const version = yearVersionOf(db, year);
  let years = memo.get(db);
  if (!years) {
    years = new Map();
    memo.set(db, years);
  }
  const hit = years.get(year);
  // a copy: callers may shape what they are given
  if (hit && hit.version === version) return structuredClone(hit.summary);
  const summary = computeYearSummary(db, yearOrPeriod);
  years.set(year, { version, summary: structuredClone(summary) });
  return summary;
}

function computeYearSummary(db: Reader, yearOrPeriod: number | PeriodRow): SummaryYear {
  const data = loadYear(db, yearOrPeriod);
  return presentYear({
    year: data.period.year,
    periodState: data.period.state,
    indexSource: data.period.indexSource ?? null,
    framework: data.framework,
    scored: scoreYear(data),
    targets: data.targets,
    results: data.results,
  });
}

/**
 * Per year in [from, to]: index, predicate, framework, components and the eight areas.
 * The range is validated at the boundary (SummaryQuery rejects from > to).
 */
export function dashboardSummary(
  db: Reader,
  range: { from?: number; to?: number },
): DashboardSummary {
  return { years: periodsInRange(db, range).map((p) => yearSummary(db, p)) };
}
