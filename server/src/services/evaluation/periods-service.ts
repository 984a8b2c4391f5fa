import * as t from '@rapor/db/schema';
import type { AreaCode } from '@rapor/shared/areas';
import type { Period, PeriodDetail } from '@rapor/shared/schemas';
import { and, eq } from 'drizzle-orm';
import { yearVersionOf } from '../dashboard/aggregate-cache';
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

/** The active chairs of each area's working group, by name (an area may have none yet). */
function chairsByArea(db: Reader): Map<AreaCode, string[]> {
  const rows = db
    .select({ area: t.workingGroups.areaCode, name: t.users.displayName })
    .from(t.workingGroupMembers)
    .innerJoin(t.workingGroups, eq(t.workingGroups.id, t.workingGroupMembers.workingGroupId))
    .innerJoin(t.users, eq(t.users.id, t.workingGroupMembers.userId))
    .where(and(eq(t.users.role, 'chair'), eq(t.users.active, true)))
    .orderBy(t.users.displayName)
    .all();
  const chairs = new Map<AreaCode, string[]>();
  for (const r of rows) chairs.set(r.area, [...(chairs.get(r.area) ?? []), r.name]);
  return chairs;
}

export function getPeriod(db: Reader, year: number): PeriodDetail {
  const data = loadYear(db, year);
  const chairs = chairsByArea(db);
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
        chairs: chairs.get(code) ?? [],
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
