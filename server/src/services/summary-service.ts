import { fromCents, toCents } from '@rapor/shared/rounding';
import type { DashboardSummary, SummaryYear } from '@rapor/shared/schemas';
import { walkScored } from '@rapor/shared/scoring';
import { shownPredicate, standingOf } from '@rapor/shared/standing';
import { summarize } from '@rapor/shared/summary';
import { yearVersionOf } from './aggregate-cache';
import { loadYear, type PeriodRow, periodsInRange, type Reader, scoreYear } from './year-data';

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
  const year = data.period.year;
  const scored = scoreYear(data);
  const summary = summarize(data.framework, scored);
  const counts = new Map<string, { answered: number; total: number }>();
  for (const node of walkScored(scored.components)) {
    if (!node.areaRoot || !node.area) continue;
    const c = counts.get(node.area) ?? { answered: 0, total: 0 };
    c.answered += node.answered;
    c.total += node.indicatorCount;
    counts.set(node.area, c);
  }
  const general = new Set(data.framework.rescaledComponents ?? []);
  const generalParts = summary.components.filter((c) => general.has(c.code) || c.adjustment);
  const leftOut = [...walkScored(scored.components)].filter((n) => n.notApplicable !== undefined);
  const completeness = {
    answered: scored.components.reduce((s, c) => s + c.answered, 0),
    total: scored.components.reduce((s, c) => s + c.indicatorCount, 0),
  };
  const standing = standingOf(data.period.state, completeness);
  return {
    year,
    framework: data.framework.id,
    method: data.framework.method,
    periodState: data.period.state,
    index: summary.index,
    maxScore: data.framework.maxScore,
    predicate: summary.predicate,
    standing,
    shownPredicate: shownPredicate(summary.predicate, standing),
    indexSource: data.period.indexSource ?? null,
    predicateAssumed: data.framework.predicateScaleAssumed ?? false,
    components: summary.components,
    general:
      general.size > 0
        ? {
            points: fromCents(generalParts.reduce((s, c) => s + toCents(c.points), 0)),
            max: generalParts.filter((c) => !c.adjustment).reduce((s, c) => s + c.max, 0),
            components: generalParts.map((c) => c.code),
            notApplicable: leftOut.length,
            applicableWeight:
              generalParts.filter((c) => !c.adjustment).reduce((s, c) => s + c.max, 0) -
              leftOut.reduce((s, n) => s + (n.baseWeight ?? 0), 0),
          }
        : null,
    areasMakeUp: data.framework.areaComponent ?? null,
    completeness,
    areas: summary.areas.map((a) => {
      const count = counts.get(a.code) ?? { answered: 0, total: 0 };
      return {
        ...a,
        target: data.targets.get(a.code) ?? null,
        status: data.results.get(a.code)?.status ?? 'draft',
        closedUnverified: data.results.get(a.code)?.closedUnverified ?? null,
        answered: count.answered,
        total: count.total,
        standing: standingOf(data.period.state, count),
      };
    }),
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
  return { years: periodsInRange(db, range).map((p) => yearSummary(db, p)) };
}
