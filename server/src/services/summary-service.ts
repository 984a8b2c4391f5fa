import { fromCents, toCents } from '@rapor/shared/rounding';
import type { DashboardSummary, SummaryYear } from '@rapor/shared/schemas';
import { walkScored } from '@rapor/shared/scoring';
import { summarize } from '@rapor/shared/summary';
import { loadYear, type PeriodRow, periodsInRange, type Reader, scoreYear } from './year-data';

export function yearSummary(db: Reader, yearOrPeriod: number | PeriodRow): SummaryYear {
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
  return {
    year,
    framework: data.framework.id,
    method: data.framework.method,
    periodState: data.period.state,
    index: summary.index,
    maxScore: data.framework.maxScore,
    predicate: summary.predicate,
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
    completeness: {
      answered: scored.components.reduce((s, c) => s + c.answered, 0),
      total: scored.components.reduce((s, c) => s + c.indicatorCount, 0),
    },
    areas: summary.areas.map((a) => ({
      ...a,
      target: data.targets.get(a.code) ?? null,
      status: data.results.get(a.code)?.status ?? 'draft',
      answered: counts.get(a.code)?.answered ?? 0,
      total: counts.get(a.code)?.total ?? 0,
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
  return { years: periodsInRange(db, range).map((p) => yearSummary(db, p)) };
}
