import * as t from '@rapor/db/schema';
import {
  defaultDeadlines,
  type PlanTheme,
  planProgress,
  planThemes,
} from '@rapor/shared/action-plan';
import type { PlanActivity } from '@rapor/shared/action-plan-schemas';
import { AREA_CODES, type AreaCode } from '@rapor/shared/areas';
import { and, eq, ne } from 'drizzle-orm';
import { NotFoundError } from '../../errors';
import { findPeriod, frameworkOf, type Reader } from './year-data';

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

/** Every working group's own (RB General) stored plan row of the year, by area. */
export function yearPlanRows(db: Reader, year: number) {
  return new Map(
    db
      .select()
      .from(t.actionPlans)
      .where(and(eq(t.actionPlans.year, year), eq(t.actionPlans.theme, '')))
      .all()
      .map((r) => [r.areaCode as AreaCode, r]),
  );
}

/** The RB Tematik themes of the year's framework, each with the group leading its plan. */
export function yearThemes(db: Reader, year: number): PlanTheme[] {
  return planThemes(frameworkOf(db, findPeriod(db, year).frameworkId));
}

/** A theme of the year's framework by its code, or 404. */
export function themeOf(db: Reader, year: number, code: string): PlanTheme {
  const theme = yearThemes(db, year).find((x) => x.code === code);
  if (!theme)
    throw new NotFoundError(`Tema ${code} tidak ada dalam kerangka evaluasi tahun ${year}.`);
  return theme;
}

/** Every theme's stored plan of the year with its progress, in the framework's order. */
export function themePlans(db: Reader, year: number, today: string) {
  const period = findPeriod(db, year);
  const deadlines = deadlinesOf(period);
  const rows = new Map(
    db
      .select()
      .from(t.actionPlans)
      .where(and(eq(t.actionPlans.year, year), ne(t.actionPlans.theme, '')))
      .all()
      .map((r) => [r.theme, r]),
  );
  return yearThemes(db, year).map((theme) => {
    const row = rows.get(theme.code);
    const activities = activitiesOf(row);
    const actions = actionsOf(activities);
    return {
      theme,
      row,
      activities,
      actions,
      progress: planProgress(actions, deadlines, year, today),
    };
  });
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
