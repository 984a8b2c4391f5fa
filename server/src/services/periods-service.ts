import * as t from '@rapor/db/schema';
import type { Period, PeriodDetail } from '@rapor/shared/schemas';
import { eq } from 'drizzle-orm';
import { yearVersionOf } from './aggregate-cache';
import { listPeriodRows, loadYear, type Reader } from './year-data';

export function listPeriods(db: Reader): Period[] {
  return listPeriodRows(db).map((p) => ({
    year: p.year,
    frameworkId: p.frameworkId,
    state: p.state,
    closedAt: p.closedAt,
    version: yearVersionOf(db, p.year),
  }));
}

export function getPeriod(db: Reader, year: number): PeriodDetail {
  const data = loadYear(db, year);
  return {
    year,
    frameworkId: data.framework.id,
    state: data.period.state,
    closedAt: data.period.closedAt,
    version: yearVersionOf(db, year),
    areas: data.framework.areas.map((code) => {
      const r = data.results.get(code);
      return {
        code,
        status: r?.status ?? 'draft',
        version: r?.version ?? 0,
        closedUnverified: r?.closedUnverified ?? null,
      };
    }),
  };
}

/** The database holds the seeded demo ministry (its invented years are marked as demo data). */
export function holdsDemo(db: Reader): boolean {
  return (
    db
      .select({ year: t.periods.year })
      .from(t.periods)
      .where(eq(t.periods.indexSource, 'demo'))
      .limit(1)
      .get() !== undefined
  );
}
