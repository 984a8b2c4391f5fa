import type { Overview } from '@rapor/shared/dashboard-schemas';
import type { Predicate } from '@rapor/shared/predicate';
import type { DashboardSummary } from '@rapor/shared/schemas';
import { isComparable } from '@rapor/shared/standing';

// Data shaping for the overview charts: pure, tested; the chart components only render.

export interface IndexPoint {
  year: number;
  /** null for an open year whose answers are incomplete: it is drawn apart, not on the line */
  index: number | null;
  /** the provisional index of such a year */
  provisionalIndex: number | null;
  /** indicators answered, in percent of all */
  completeness: number;
  /** null ("—") for an incomplete year */
  predicate: Predicate | null;
  framework: string;
  method: string;
  provisional: boolean;
  /** the Hasil component's points and maximum; null from 2023, whose method has none */
  hasil: number | null;
  hasilMax: number | null;
  /** the index's nominal maximum that year (100; 110 from 2023) */
  maxScore: number;
}

/**
 * The index per year. An open year with unanswered indicators is kept off the line: its
 * provisional index counts them as zero, and a line down to it would show a fall that is only
 * missing answers.
 */
export function indexSeries(summary: DashboardSummary): IndexPoint[] {
  return summary.years.map((y) => {
    const incomplete = !isComparable(y.standing);
    return {
      year: y.year,
      index: incomplete ? null : y.index,
      provisionalIndex: incomplete ? y.index : null,
      completeness:
        y.completeness.total > 0
          ? Math.round((100 * y.completeness.answered) / y.completeness.total)
          : 0,
      predicate: y.shownPredicate,
      framework: y.framework,
      method: y.method,
      provisional: y.standing !== 'final',
      hasil: y.components.find((c) => c.code === 'HASIL')?.points ?? null,
      hasilMax: y.components.find((c) => c.code === 'HASIL')?.max ?? null,
      maxScore: y.maxScore,
    };
  });
}

export interface AreaBar {
  code: Overview['areas'][number]['code'];
  current: number;
  previous: number | null;
  target: number | null;
  delta: number | null;
  /** every indicator answered: otherwise the bar is provisional and not compared */
  complete: boolean;
}

export function areaBars(overview: Overview): AreaBar[] {
  return overview.areas.map((a) => ({
    code: a.code,
    current: a.percent,
    previous: a.previousPercent,
    target: a.targetPercent,
    delta: a.delta,
    complete: a.complete,
  }));
}
