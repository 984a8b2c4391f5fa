import * as t from '@rapor/db/schema';
import { defaultDeadlines, planProgress } from '@rapor/shared/action-plan';
import type { PlanActivity } from '@rapor/shared/action-plan-schemas';
import { AREA_CODES, type AreaCode } from '@rapor/shared/areas';
import { eq } from 'drizzle-orm';
import { findPeriod, type Reader } from './year-data';

// Reading the action plans as stored: one JSON document per year and working group, and the
// year's report deadlines on its period.

/** The year's report deadlines: as the secretariat set them, else the defaults. */
export function deadlinesOf(period: { year: number; planDeadlines: string | null }) {
  return period.planDeadlines
    ? (JSON.parse(period.planDeadlines) as [string, string, string, string])
    : defaultDeadlines(period.year);
}

export const activitiesOf = (row: { activities: string } | undefined): PlanActivity[] =>
  row ? (JSON.parse(row.activities) as PlanActivity[]) : [];

/** Every action of a plan, in its order. */
export const actionsOf = (activities: readonly PlanActivity[]) =>
  activities.flatMap((a) => a.actions);

/** Every working group's stored plan row of the year, by area. */
export function yearPlanRows(db: Reader, year: number) {
  return new Map(
    db
      .select()
      .from(t.actionPlans)
      .where(eq(t.actionPlans.year, year))
      .all()
      .map((r) => [r.areaCode as AreaCode, r]),
  );
}

/** Every working group's stored plan of the year, in the areas' order, with its progress. */
export function areaPlans(db: Reader, year: number, today: string) {
  const period = findPeriod(db, year);
  const rows = yearPlanRows(db, year);
  const deadlines = deadlinesOf(period);
  return {
    period,
    deadlines,
    areas: AREA_CODES.map((area) => {
      const row = rows.get(area);
      const activities = activitiesOf(row);
      const actions = actionsOf(activities);
      return {
        area,
        row,
        activities,
        actions,
        progress: planProgress(actions, deadlines, year, today),
      };
    }),
  };
}
