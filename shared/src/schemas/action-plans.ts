import { z } from 'zod';
import { MAIN_ACTIVITY_CODES } from '../action-plan';
import {
  misfitGrades,
  PLAN_CRITERION_CODES,
  PLAN_GRADES,
  type PlanCriterionCode,
} from '../plan-grading';
import { RESULT_STATUSES } from '../workflow';
import {
  AreaCodeSchema,
  EvidenceLink,
  LocalizedText,
  PeriodState,
  YearAreaParams,
  YearParam,
} from './api';

// A working group's action plan for a year as the API carries it: the road-map rows it adopted,
// the actions under each with quarterly targets and budget, and what each quarter realised.

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const amount = z.number().finite().min(0).max(1e15);
const perQuarter = z.tuple([amount, amount, amount, amount]);
const id = z.string().trim().min(1).max(64);

export const QuarterReport = z.object({
  output: amount,
  budget: amount,
  evidence: z.array(EvidenceLink).max(10),
  note: z.string().trim().max(2_000).nullable(),
  reportedAt: z.string(),
  reportedBy: z.string().nullable(),
});
export type QuarterReport = z.infer<typeof QuarterReport>;

/** An action as the chair plans it. */
export const PlanActionInput = z.object({
  /** made by the client; keeps the action's reports when the plan is saved again */
  id,
  text: text(3, 500),
  outputIndicator: text(2, 300),
  outputUnit: text(1, 50),
  targets: perQuarter,
  budget: perQuarter,
  executingUnit: text(2, 200),
  coordinatingUnit: text(2, 200),
});
export const PlanAction = PlanActionInput.extend({
  realised: z.tuple([
    QuarterReport.nullable(),
    QuarterReport.nullable(),
    QuarterReport.nullable(),
    QuarterReport.nullable(),
  ]),
});
export type PlanAction = z.infer<typeof PlanAction>;

/**
 * A road-map row: one main activity with its indicator, baseline and this year's target. A
 * theme's plan (RB Tematik) names the problem it tackles in place of a main activity.
 */
export const PlanActivityInput = z.object({
  id,
  /** a working group's own plan: which of the national road map's main activities */
  mainActivity: z.enum(MAIN_ACTIVITY_CODES).optional(),
  /** a theme's plan: the problem the row tackles */
  problem: text(3, 500).optional(),
  indicator: text(3, 300),
  baselineYear: z.number().int().min(2000).max(2100),
  baselineTarget: text(1, 50),
  baselineRealisation: text(1, 50),
  target: text(1, 50),
  actions: z.array(PlanActionInput).min(1).max(40),
});
export const PlanActivity = PlanActivityInput.extend({ actions: z.array(PlanAction) });
export type PlanActivity = z.infer<typeof PlanActivity>;

const uniqueIds = (activities: { id: string; actions: { id: string }[] }[]) => {
  const ids = activities.flatMap((a) => [a.id, ...a.actions.map((x) => x.id)]);
  return new Set(ids).size === ids.length;
};

/** The chair saves the whole plan at once (the reports already made are kept by action id). */
export const ActionPlanUpdate = z
  .object({
    version: z.number().int().min(0),
    activities: z.array(PlanActivityInput).max(30),
  })
  .refine((b) => uniqueIds(b.activities), {
    message: 'setiap baris dan aksi perlu kode sendiri',
    path: ['activities'],
  });
export type ActionPlanUpdate = z.infer<typeof ActionPlanUpdate>;

/** A quarter's realisation for some of the plan's actions. */
export const QuarterReportBody = z
  .object({
    version: z.number().int().min(0),
    reports: z
      .array(
        z.object({
          actionId: id,
          output: amount,
          budget: amount,
          evidence: z.array(EvidenceLink).max(10).default([]),
          note: z.string().trim().max(2_000).nullable().default(null),
        }),
      )
      .min(1)
      .max(200),
  })
  .refine((b) => new Set(b.reports.map((r) => r.actionId)).size === b.reports.length, {
    message: 'setiap aksi cukup dilaporkan sekali',
    path: ['reports'],
  });
export type QuarterReportBody = z.infer<typeof QuarterReportBody>;

/** TW I–IV as the numbers 1–4. */
const QuarterNumber = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const PlanProgressSchema = z.object({
  due: z.array(QuarterNumber),
  implementation: z.number().nullable(),
  budgetDue: z.number(),
  budgetRealised: z.number(),
  budgetTotal: z.number(),
  lateQuarters: z.array(QuarterNumber),
  quarters: z.array(
    z.object({
      quarter: QuarterNumber,
      deadline: z.string(),
      state: z.enum(['nothing', 'reported', 'late', 'open', 'upcoming']),
      reported: z.number().int(),
      of: z.number().int(),
    }),
  ),
  standing: z.enum(['empty', 'not-due', 'late', 'behind', 'on-track']),
  actions: z.array(
    z.object({
      id: z.string(),
      targetDue: z.number(),
      realisedDue: z.number(),
      share: z.number().nullable(),
      late: z.array(QuarterNumber),
    }),
  ),
});

/** An RB Tematik theme a plan is for, by its code in the year's framework (KMS, INV …). */
const ThemeCode = z
  .string()
  .regex(/^[A-Z]{2,5}$/, 'kode tema 2–5 huruf besar, mis. KMS')
  .describe('the theme code of the year’s framework (T.<code>)');

export const PlanThemeSchema = z.object({
  code: z.string(),
  name: LocalizedText,
  /** the working group that leads the theme's plan */
  area: AreaCodeSchema,
});

export const ActionPlan = z.object({
  year: z.number().int(),
  /** the group whose plan it is, or which leads the theme */
  area: AreaCodeSchema,
  /** null: the group's own (RB General) plan; else the RB Tematik theme it is for */
  theme: PlanThemeSchema.nullable(),
  periodState: PeriodState,
  /** 0 until the plan is first saved; every write names it (409 when stale) */
  version: z.number().int().min(0),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  /** when each quarter's report is due (TW I–IV) */
  deadlines: z.tuple([z.string(), z.string(), z.string(), z.string()]),
  activities: z.array(PlanActivity),
  progress: PlanProgressSchema,
});
export type ActionPlan = z.infer<typeof ActionPlan>;

const quarterParam = z.enum(['1', '2', '3', '4']).transform(Number);
export const QuarterParams = YearAreaParams.extend({ quarter: quarterParam });
export const ThemeParams = YearParam.extend({ theme: ThemeCode });
export const ThemeQuarterParams = ThemeParams.extend({ quarter: quarterParam });

/** Every working group's plan of a year in brief, and the ministry's actions together. */
export const ActionPlansOverview = z.object({
  year: z.number().int(),
  periodState: PeriodState,
  deadlines: z.tuple([z.string(), z.string(), z.string(), z.string()]),
  areas: z.array(
    z.object({
      area: AreaCodeSchema,
      /** 0: not drawn up yet */
      version: z.number().int(),
      updatedAt: z.string().nullable(),
      activities: z.number().int(),
      actions: z.number().int(),
      progress: PlanProgressSchema,
    }),
  ),
  /** all groups' actions as one plan: what the implementation rule gives the ministry */
  ministry: PlanProgressSchema,
  /** the RB Tematik themes' plans (not counted in the ministry's figure above) */
  themes: z.array(
    z.object({
      theme: PlanThemeSchema,
      version: z.number().int(),
      updatedAt: z.string().nullable(),
      activities: z.number().int(),
      actions: z.number().int(),
      progress: PlanProgressSchema,
    }),
  ),
});
export type ActionPlansOverview = z.infer<typeof ActionPlansOverview>;

const fourDates = z.tuple([z.iso.date(), z.iso.date(), z.iso.date(), z.iso.date()]);

/**
 * The secretariat sets the four report deadlines of a year. `read` is what the form showed:
 * refused (409) when someone changed them since, so nothing is overwritten unseen.
 */
export const PlanDeadlinesUpdate = z.object({ read: fourDates, deadlines: fourDates });
export type PlanDeadlinesUpdate = z.infer<typeof PlanDeadlinesUpdate>;

/** The plans' workbook in the reader's language. */
export const PlanFileQuery = z.object({ lang: z.enum(['id', 'en']).optional() });

const Grade = z.object({
  grade: z.enum(PLAN_GRADES).nullable(),
  note: z.string().trim().max(2_000).nullable(),
});
const Grades = z.object(
  Object.fromEntries(PLAN_CRITERION_CODES.map((c) => [c, Grade])) as Record<
    PlanCriterionCode,
    typeof Grade
  >,
);

/** An evaluator's value put in place of the one computed from the plan, with the reason. */
export const PlanOverride = z.object({
  value: z.number(),
  reason: z.string(),
  by: z.string().nullable(),
  at: z.string(),
});

/** The items the plan scores: A.1 from the grades, A.2 from the quarters' realisation. */
export const PlanItems = z.object({
  /** the item graded from the seven sub-criteria (A.1) and the one computed from the
   * reports (A.2); null where the year's method does not score the plan */
  grades: z.string().nullable(),
  implementation: z.string().nullable(),
  /** the working group whose chair self-grades (the items' area) */
  area: AreaCodeSchema.nullable(),
});

/** The ministry's action plan as graded for a year: both sides' grades, overrides, the values. */
export const PlanGrading = z.object({
  year: z.number().int(),
  periodState: PeriodState,
  /** the items' area result's status: who may grade follows it as for any item */
  status: z.enum(RESULT_STATUSES),
  items: PlanItems,
  version: z.number().int().min(0),
  updatedAt: z.string().nullable(),
  self: Grades,
  evaluator: Grades,
  overrides: z.object({ grades: PlanOverride.nullable(), implementation: PlanOverride.nullable() }),
  /** A.1 from each side's grades (null until all seven are given); A.2 from the reports */
  selfScore: z.number().nullable(),
  evaluatorScore: z.number().nullable(),
  implementation: z.number().nullable(),
  facts: z.array(
    z.object({
      criterion: z.enum(PLAN_CRITERION_CODES),
      count: z.number().int(),
      of: z.number().int(),
      percent: z.number(),
      grade: z.enum(PLAN_GRADES),
    }),
  ),
});
export type PlanGrading = z.infer<typeof PlanGrading>;

/** One side's grades of the seven sub-criteria (a grade may stay empty while drafting). */
export const PlanGradesUpdate = z
  .object({
    version: z.number().int().min(0),
    side: z.enum(['self', 'evaluator']),
    grades: Grades,
  })
  .refine((b) => misfitGrades(b.grades).length === 0, {
    message: 'K3 dinilai Ya atau Tidak; subkriteria lain A sampai E',
    path: ['grades'],
  });
export type PlanGradesUpdate = z.infer<typeof PlanGradesUpdate>;

/**
 * The evaluator puts a value in place of the computed one (A.1 or A.2), with a reason; `value`
 * null takes the override back.
 */
export const PlanOverrideUpdate = z
  .object({
    version: z.number().int().min(0),
    item: z.enum(['grades', 'implementation']),
    value: z.number().finite().min(0).max(100).nullable(),
    reason: z.string().trim().max(2_000).default(''),
  })
  .refine((b) => b.value === null || b.reason.length >= 10, {
    message: 'alasan mengganti nilai wajib diisi (sedikitnya 10 huruf)',
    path: ['reason'],
  });
export type PlanOverrideUpdate = z.infer<typeof PlanOverrideUpdate>;

/** How many reminders went out (and how many the mail server refused). */
export const RemindersSent = z.object({ sent: z.number().int(), failed: z.number().int() });
export type RemindersSent = z.infer<typeof RemindersSent>;

/** A plan's workbook brought back: dryRun previews; `version` is the plan's as last read. */
export const PlanImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional(),
  version: z.coerce.number().int().min(0).optional(),
});

/** What a plan file changes (or changed), action by action, with the row it came from. */
export const PlanImport = z.object({
  year: z.number().int(),
  area: AreaCodeSchema,
  applied: z.boolean(),
  /** the plan's version now (after applying, the new one) */
  version: z.number().int(),
  changes: z.array(
    z.object({
      row: z.number().int().nullable(),
      action: z.string(),
      what: z.enum(['added', 'changed', 'removed', 'reported']),
      quarter: QuarterNumber.optional(),
    }),
  ),
});
export type PlanImport = z.infer<typeof PlanImport>;
