import { z } from 'zod';
import {
  AreaCodeSchema,
  IndexLabels,
  LocalizedText,
  PeriodState,
  PredicateSchema,
  StandingSchema,
  TargetBaikSummary,
  yearText,
} from './api';

// Dashboard payloads: the comparisons are computed in shared/scoring/compare.ts on the server.

const AreaChange = z.object({
  code: AreaCodeSchema,
  percent: z.number(),
  previousPercent: z.number().nullable(),
  /** null without a previous year, or while this year's answers are incomplete */
  delta: z.number().nullable(),
  targetPercent: z.number().nullable(),
  /** every indicator of the area answered this year */
  complete: z.boolean(),
});

export const OverviewQuery = z.object({
  year: yearText().optional(),
});

export const Overview = z.object({
  year: z.number().int(),
  periodState: PeriodState,
  framework: z.string(),
  previousYear: z.number().int().nullable(),
  previousFramework: z.string().nullable(),
  index: z.number(),
  /** the band of the index as it stands; readers are shown `shownPredicate` */
  predicate: PredicateSchema,
  standing: StandingSchema,
  /** null ("—") while the year is incomplete */
  shownPredicate: PredicateSchema.nullable(),
  ...IndexLabels,
  /** null without a previous year, or while this year's answers are incomplete */
  indexDelta: z.number().nullable(),
  /** points within one method; percentage points of the maximum across a method change */
  indexDeltaBasis: z.enum(['points', 'percent']),
  maxScore: z.number(),
  methodChanged: z.boolean(),
  /** the same method in another version (weights changed): a note, still compared in points */
  versionChanged: z.boolean(),
  completeness: z.object({ answered: z.number().int(), total: z.number().int() }),
  /** see SummaryYear.areasClosedUnverified */
  areasClosedUnverified: z.number().int(),
  /** see SummaryYear.targetBaik */
  targetBaik: TargetBaikSummary.nullable(),
  areas: z.array(AreaChange),
  gains: z.array(AreaChange),
  losses: z.array(AreaChange),
  recommendations: z.object({
    byArea: z.array(
      z.object({
        area: AreaCodeSchema,
        open: z.number().int(),
        inProgress: z.number().int(),
        overdue: z.number().int(),
      }),
    ),
    open: z.number().int(),
    overdue: z.number().int(),
  }),
});
export type Overview = z.infer<typeof Overview>;

const Point = z.object({
  year: z.number().int(),
  framework: z.string(),
  points: z.number(),
  max: z.number(),
  percent: z.number(),
  standing: StandingSchema,
});

export const AreaComparison = z.object({
  area: AreaCodeSchema,
  from: Point.nullable(),
  to: Point,
  methodChanged: z.boolean(),
  steps: z.array(
    z.object({
      code: z.string(),
      name: LocalizedText,
      weight: z.number(),
      fromPoints: z.number(),
      toPoints: z.number(),
      contribution: z.number(),
    }),
  ),
});
export type AreaComparison = z.infer<typeof AreaComparison>;
