import type { AreaCode } from '@rapor/shared/areas';
import { AREA_CODES } from '@rapor/shared/areas';
import { areaWaterfall, compareYears } from '@rapor/shared/compare';
import type { AreaComparison, Overview } from '@rapor/shared/dashboard-schemas';
import { scoredAreaRoots } from '@rapor/shared/summary';
import { NotFoundError } from '../../errors';
import { openRecommendationCounts } from '../evaluation/recommendations-service';
import { listPeriodRows, loadYear, type Reader, scoreYear } from '../evaluation/year-data';
import { yearSummary } from './summary-service';

/** The year to show when none is asked for: the latest closed period, else the latest. */
function latestYear(db: Reader): number {
  const periods = listPeriodRows(db);
  const latest = periods.findLast((p) => p.state === 'closed') ?? periods.at(-1);
  if (!latest) throw new NotFoundError('Belum ada periode evaluasi.');
  return latest.year;
}

function previousYearOf(db: Reader, year: number): number | undefined {
  return listPeriodRows(db)
    .map((p) => p.year)
    .filter((y) => y < year)
    .at(-1);
}

/** This year against the last: index change, area changes, gains and losses, open recommendations. */
export function overview(db: Reader, requested: number | undefined, today: string): Overview {
  const year = requested ?? latestYear(db);
  const current = yearSummary(db, year);
  const prevYear = previousYearOf(db, year);
  const previous = prevYear === undefined ? undefined : yearSummary(db, prevYear);
  const comparison = compareYears(current, previous);

  const open = openRecommendationCounts(db, today);
  const total = (rows: typeof open) => rows.reduce((sum, row) => sum + row.n, 0);
  const byArea = AREA_CODES.map((area) => {
    const mine = open.filter((r) => r.area === area);
    return {
      area,
      open: total(mine.filter((r) => r.status === 'open')),
      // a proposal to close is still being worked on until the evaluator confirms it
      inProgress: total(
        mine.filter((r) => r.status === 'in_progress' || r.status === 'proposed_done'),
      ),
      overdue: total(mine.filter((r) => r.overdue)),
    };
  });
  return {
    year,
    periodState: current.periodState,
    framework: current.framework,
    previousYear: comparison.previousYear,
    previousFramework: previous?.framework ?? null,
    index: current.index,
    predicate: current.predicate,
    standing: current.standing,
    shownPredicate: current.shownPredicate,
    indexSource: current.indexSource,
    predicateAssumed: current.predicateAssumed,
    predicateSource: current.predicateSource,
    indexDelta: comparison.indexDelta,
    indexDeltaBasis: comparison.indexDeltaBasis,
    maxScore: current.maxScore,
    methodChanged: comparison.methodChanged,
    versionChanged: comparison.versionChanged,
    completeness: current.completeness,
    areasClosedUnverified: current.areasClosedUnverified,
    targetBaik: current.targetBaik,
    areas: comparison.areas,
    gains: comparison.gains,
    losses: comparison.losses,
    recommendations: { byArea, open: total(open), overdue: total(open.filter((r) => r.overdue)) },
  };
}

function areaYear(db: Reader, year: number, area: AreaCode) {
  const data = loadYear(db, year);
  const scored = scoreYear(data);
  const figures = yearSummary(db, year).areas.find((a) => a.code === area);
  if (!figures) throw new NotFoundError(`Area ${area} tidak dievaluasi pada ${year}.`);
  return {
    year,
    framework: data.framework.id,
    method: data.framework.method,
    figures,
    roots: scoredAreaRoots(scored, area),
  };
}

/** Why did the area's points change since the previous year? */
export function areaComparison(db: Reader, year: number, area: AreaCode): AreaComparison {
  const prevYear = previousYearOf(db, year);
  return areaWaterfall(
    area,
    areaYear(db, year, area),
    prevYear === undefined ? undefined : areaYear(db, prevYear, area),
  );
}
