import { z } from 'zod';
import { AREA_CODES } from '../areas';
import { ERROR_CODES } from '../error-codes';
import { EVIDENCE_PATH } from '../evidence';
import { AnswerOption, AnswerType, AnswerValue } from '../scoring/answers';
import { PREDICATES, RULE_CONFIDENCES } from '../scoring/predicate';
import { STANDINGS } from '../scoring/standing';
import { PERIOD_STATES, RESULT_STATUSES } from '../workflow';

// The one contract between server and client: the server validates and serialises with
// these, the client parses with them, and the OpenAPI document is generated from them.

export const LocalizedText = z.object({ id: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/**
 * Every state-changing API request carries this header: a page of another origin cannot
 * send it without a CORS preflight the server never grants, so a form or fetch forged by a
 * same-site page is refused (403) before anything is read. Scripts send it too.
 */
export const APP_REQUEST_HEADER = 'x-rapor-request';

export const Health = z.object({
  status: z.literal('ok'),
  /** the demo ministry's accounts sign in here (never in production): the login page names them */
  demoAccounts: z.boolean(),
});

export const AreaCodeSchema = z.enum(AREA_CODES);
export const ResultStatus = z.enum(RESULT_STATUSES);
export const PeriodState = z.enum(PERIOD_STATES);
export const PredicateSchema = z.enum(PREDICATES);

/** A framework version's predicate rule (see shared/src/scoring/predicate.ts). */
export const PredicateRuleSchema = z
  .object({
    /** highest first: above (exclusive) or atLeast (inclusive); the last band has neither */
    bands: z
      .array(
        z
          .object({
            predicate: PredicateSchema,
            above: z.number().finite().optional(),
            atLeast: z.number().finite().optional(),
          })
          .strict(),
      )
      .min(2)
      .max(PREDICATES.length)
      .readonly(),
    /** the band lowered when an item misses its target baik (A → A-) */
    belowTarget: z
      .object({ predicate: PredicateSchema, becomes: PredicateSchema })
      .strict()
      .optional(),
    source: z.string().trim().min(3).max(500),
    confidence: z.enum(RULE_CONFIDENCES),
  })
  .strict();
/** how far a figure can be read as the year's result: see shared/scoring/standing.ts */
export const StandingSchema = z.enum(STANDINGS);

/**
 * A whole number as it is written in a path or query: decimal digits only. `0x7E9`, `2025.0`
 * or ` 2025` are refused instead of being read as 2025.
 */
export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^(0|[1-9][0-9]*)$/, 'harus bilangan bulat desimal')
    .pipe(z.coerce.number<string>().int().min(min).max(max));
/** The evaluation years the app takes, one range for every place a year comes in. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
/** A year in a JSON body. */
export const Year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);
/** A year in a path or query string. */
export const yearText = () => wholeNumber(YEAR_MIN, YEAR_MAX);

export const YearParam = z.object({ year: yearText() });
export const YearAreaParams = YearParam.extend({ code: AreaCodeSchema });
export const IdParam = z.object({ id: wholeNumber(1, Number.MAX_SAFE_INTEGER) });

export const AreaDto = z.object({
  code: AreaCodeSchema,
  order: z.number().int(),
  name: LocalizedText,
  renamedIn: z.record(z.string(), LocalizedText).optional(),
});
export const AreasResponse = z.object({ areas: z.array(AreaDto) });
export type AreasResponse = z.infer<typeof AreasResponse>;

// --- frameworks -------------------------------------------------------------------------

export const OUTCOME_KINDS = [
  'sakip',
  'bpk_opinion',
  'integrity_survey',
  'ombudsman',
  'budget_realisation',
  'public_satisfaction',
] as const;

export const RubricLevelDto = z.object({ upTo: z.number(), meaning: LocalizedText });
export type RubricLevelDto = z.infer<typeof RubricLevelDto>;

// Recursive through a getter: zod infers the type, no hand-copied interface.
export const FrameworkNodeDto = z.object({
  code: z.string(),
  name: LocalizedText,
  weight: z.number(),
  area: AreaCodeSchema.optional(),
  areaRoot: z.boolean().optional(),
  note: z.string().optional(),
  assumed: z.boolean().optional(),
  answer: AnswerType.optional(),
  options: z.array(AnswerOption).optional(),
  sourcedBy: z.string().optional(),
  outcome: z.enum(OUTCOME_KINDS).optional(),
  adjustment: z.boolean().optional(),
  multipliedBy: z.string().optional(),
  /** target baik: met when the entered value is at least this (since 2023) */
  target: z.number().optional(),
  /** why a target the source gives is left out of the count */
  targetUnresolved: z.string().optional(),
  /** what each level of a self-scored number means, from the lowest (up to `upTo` included) */
  rubric: z.array(RubricLevelDto).optional(),
  /** computed from the action plans: the graded sub-criteria (A.1) or the reports (A.2) */
  fromPlan: z.enum(['grades', 'implementation']).optional(),
  get children() {
    return z.array(FrameworkNodeDto).optional();
  },
});
export type FrameworkNodeDto = z.infer<typeof FrameworkNodeDto>;
// Recursive: named in the registry, so the OpenAPI document refers to one component.
z.globalRegistry.add(FrameworkNodeDto, { id: 'FrameworkNode' });

export const FrameworkSummaryDto = z.object({
  id: z.string(),
  name: LocalizedText,
  regulation: z.string(),
  method: z.string(),
  /** years whose period is bound to this version: a version in use can't change */
  usedBy: z.array(z.number().int()),
});
export const FrameworkDto = FrameworkSummaryDto.extend({
  areaComponent: z.string().optional(),
  rescaledComponents: z.array(z.string()).readonly().optional(),
  areas: z.array(AreaCodeSchema),
  maxScore: z.number(),
  assumptions: z.array(z.string()),
  predicateScaleAssumed: z.boolean().optional(),
  predicateRule: PredicateRuleSchema.optional(),
  /** where the targets baik come from */
  targetSource: z.string().optional(),
  /** who wrote the rubrics, after what */
  rubricSource: z.string().optional(),
  components: z.array(FrameworkNodeDto),
});
export type FrameworkDto = z.infer<typeof FrameworkDto>;
export const FrameworksResponse = z.object({ frameworks: z.array(FrameworkSummaryDto) });
export const FRAMEWORK_ID = /^[a-z0-9][a-z0-9.-]{1,39}$/;
export const FrameworkIdParam = z.object({ id: z.string().regex(FRAMEWORK_ID) });

// --- periods ----------------------------------------------------------------------------

/** Why the area was closed without the evaluator's verification (the secretariat's words); null when it was not */
export const ClosedUnverified = z.string().nullable();

export const Period = z.object({
  year: z.number().int(),
  frameworkId: z.string(),
  state: PeriodState,
  /** when the period closed (ISO time); null while open or in review */
  closedAt: z.string().nullable(),
  /**
   * The year's version: raised by every write to what its figures are computed from (answers,
   * area results, targets, items not applicable, the period itself). A state change names the
   * version it was decided on and is refused (409 STALE_VERSION) when the year moved since.
   */
  version: z.number().int(),
});
export type Period = z.infer<typeof Period>;
export const PeriodsResponse = z.object({ periods: z.array(Period) });
export const PeriodDetail = Period.extend({
  areas: z.array(
    z.object({
      code: AreaCodeSchema,
      status: ResultStatus,
      version: z.number().int(),
      closedUnverified: ClosedUnverified,
      /** the working group's active chairs by name: none means nobody can fill the area yet */
      chairs: z.array(z.string()),
    }),
  ),
});
export type PeriodDetail = z.infer<typeof PeriodDetail>;

/** What closing the year would settle without the evaluator: GET /periods/:year/closing */
export const ClosingCheck = z.object({
  year: z.number().int(),
  state: PeriodState,
  /** the year's version this list was read at: the close sends it back */
  version: z.number().int(),
  /** areas not verified: closing must name each with a reason */
  pending: z.array(
    z.object({
      area: AreaCodeSchema,
      status: ResultStatus,
      /** codes of the area's items with no answer; they count as zero once closed */
      unanswered: z.array(z.string()),
    }),
  ),
  /** ministry-wide items (outside the eight areas) with no answer */
  unansweredElsewhere: z.array(z.string()),
  /** appeals waiting for the evaluator's answer: the year cannot close while there is one */
  openAppeals: z.array(z.object({ id: z.number().int(), area: AreaCodeSchema, code: z.string() })),
});
export type ClosingCheck = z.infer<typeof ClosingCheck>;

// --- results ----------------------------------------------------------------------------

export const EvidenceLink = z.object({
  label: z.string().trim().min(1).max(200),
  /** a web address, or an uploaded file of this app (/api/v1/evidence/<id>) */
  url: z.union([z.url({ protocol: /^https?$/ }).max(2000), z.string().regex(EVIDENCE_PATH)]),
});
export type EvidenceLink = z.infer<typeof EvidenceLink>;

// --- sourced figures (Hasil, and outside assessments inside Pengungkit) -----------------

export const PROVENANCES = ['published', 'demo'] as const;

/**
 * Where a year's index and predicate can be trusted from: a seeded database says which years'
 * index is the ministry's published figure and which is invented demo data (null for a year
 * entered in the app), and a method whose predicate scale is not sourced says it is assumed.
 */
export const IndexLabels = {
  indexSource: z.enum(PROVENANCES).nullable(),
  /** the year's predicate rule is not the regulation's published text (assumed or unconfirmed) */
  predicateAssumed: z.boolean(),
  /** where the year's predicate rule comes from, in words */
  predicateSource: z.string(),
};

/** The bands of a year's predicate rule, highest first: what its charts draw behind the index. */
export const PredicateBands = PredicateRuleSchema.shape.bands;

/** An item against its target baik (since 2023): met when the value is at least the target. */
export const TargetItem = z.object({
  code: z.string(),
  name: LocalizedText,
  area: AreaCodeSchema.nullable(),
  target: z.number(),
  /** the value as the source reports it; null while none is entered */
  value: z.number().nullable(),
  met: z.boolean(),
  /** value ÷ target × 100; null without a value */
  achievement: z.number().nullable(),
});
export type TargetItem = z.infer<typeof TargetItem>;
/** One item's standing against its target baik, beside its value on every item list. */
export const ItemTarget = TargetItem.pick({ target: true, met: true, achievement: true });
export type ItemTarget = z.infer<typeof ItemTarget>;

/** The share of items meeting their target baik, with the strongest and weakest. */
export const TargetBaikSummary = z.object({
  met: z.number().int(),
  /** items counted: with a target and applicable this year */
  total: z.number().int(),
  /** counted as not met: no value yet */
  unvalued: z.number().int(),
  /** items with a target left out as not applicable this year */
  notApplicable: z.number().int(),
  /** targets the source gives that we left out of the count, with why */
  unresolved: z.array(z.object({ code: z.string(), reason: z.string() })),
  strongest: TargetItem.nullable(),
  weakest: TargetItem.nullable(),
  /** every counted item, in the framework's order */
  items: z.array(TargetItem),
  /** the predicate the rule lowers when an item misses (A), and what it becomes (A-); null: none */
  lowers: z.object({ predicate: PredicateSchema, becomes: PredicateSchema }).nullable(),
});
export type TargetBaikSummary = z.infer<typeof TargetBaikSummary>;

/** The document a figure comes from and who entered and checked it. */
export const FigureSource = z.object({
  sourcedBy: z.string(),
  sourceTitle: z.string().nullable(),
  sourceIssuer: z.string().nullable(),
  sourceDate: z.iso.date().nullable(),
  /** demo data says so; figures entered in production have none */
  provenance: z.enum(PROVENANCES).nullable(),
  enteredBy: z.string().nullable(),
  enteredAt: z.string().nullable(),
  verifiedBy: z.string().nullable(),
  verifiedAt: z.string().nullable(),
});
export type FigureSource = z.infer<typeof FigureSource>;

export const IndicatorResult = z.object({
  answer: AnswerType,
  selfValue: AnswerValue.nullable(),
  evaluatorValue: AnswerValue.nullable(),
  /** the value that counts now (see officialValue) */
  value: AnswerValue.nullable(),
  fraction: z.number(),
  error: z.string().optional(),
  /** the score of the indicator this one is multiplied by (Capaian IKU × the SAKIP ratio) */
  multiplier: z.number().optional(),
  evidence: z.array(EvidenceLink),
  selfComment: z.string().nullable(),
  evaluatorComment: z.string().nullable(),
  /** set on a figure from an outside source: who reports it, and the document it came from */
  figure: FigureSource.optional(),
  /** why the evaluator returned this indicator; while set, only such indicators unlock */
  returnedReason: z.string().nullable(),
});
export type IndicatorResult = z.infer<typeof IndicatorResult>;

export const ScoredNodeDto = z.object({
  code: z.string(),
  name: LocalizedText,
  weight: z.number(),
  area: AreaCodeSchema.optional(),
  points: z.number(),
  selfPoints: z.number(),
  answered: z.number().int(),
  indicatorCount: z.number().int(),
  indicator: IndicatorResult.optional(),
  /** the answers a lettered or yes/no indicator offers, with what each means for it */
  options: z.array(AnswerOption).optional(),
  /** the item against its target baik (since 2024's version), by the value that counts */
  targetBaik: ItemTarget.optional(),
  /** why a target the source gives is not counted */
  targetUnresolved: z.string().optional(),
  /** what each level of a self-scored number means (a theme's strategy 0–100) */
  rubric: z.array(RubricLevelDto).optional(),
  /** computed from the action plans: the graded sub-criteria (A.1) or the reports (A.2) */
  fromPlan: z.enum(['grades', 'implementation']).optional(),
  /** the framework's note on the item: who scores it, what it rests on */
  note: z.string().optional(),
  get children() {
    return z.array(ScoredNodeDto).optional();
  },
});
export type ScoredNodeDto = z.infer<typeof ScoredNodeDto>;
// Recursive: named in the registry, so the OpenAPI document refers to one component.
z.globalRegistry.add(ScoredNodeDto, { id: 'ScoredNode' });

export const ACHIEVEMENT_KINDS = [
  'award',
  'innovation',
  'regulation',
  'output',
  'outcome',
] as const;
export const AchievementKind = z.enum(ACHIEVEMENT_KINDS);
export const Achievement = z.object({
  id: z.number().int(),
  year: z.number().int(),
  area: AreaCodeSchema,
  title: z.string(),
  kind: AchievementKind,
  date: z.iso.date().nullable(),
  description: z.string().nullable(),
  evidence: z.array(EvidenceLink),
  metric: z
    .object({ label: z.string(), value: z.number(), unit: z.string().nullable() })
    .nullable(),
});
export type Achievement = z.infer<typeof Achievement>;

/**
 * A chair proposes a recommendation done (`proposed_done`); only the evaluator closes it
 * (`done`, `dropped`) or sends it back to `in_progress` with a reason.
 */
export const RECOMMENDATION_STATUSES = [
  'open',
  'in_progress',
  'proposed_done',
  'done',
  'dropped',
] as const;
/** What a chair may report; closing is the evaluator's. */
export const CHAIR_FOLLOW_UP_STATUSES = ['open', 'in_progress', 'proposed_done'] as const;
export const RecommendationStatus = z.enum(RECOMMENDATION_STATUSES);
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const Priority = z.enum(PRIORITIES);

export const FollowUp = z.object({
  id: z.number().int(),
  year: z.number().int(),
  date: z.iso.date(),
  status: RecommendationStatus,
  note: z.string(),
  by: z.string().nullable(),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const Recommendation = z.object({
  id: z.number().int(),
  year: z.number().int(),
  area: AreaCodeSchema,
  text: z.string(),
  ownerUnit: z.string(),
  dueDate: z.iso.date().nullable(),
  priority: Priority,
  status: RecommendationStatus,
  version: z.number().int(),
  overdue: z.boolean(),
  followUps: z.array(FollowUp),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const AreaScore = z.object({
  points: z.number(),
  max: z.number(),
  percent: z.number(),
  /** points by the chair's self-assessment alone, to show the gap */
  selfPoints: z.number(),
  /** points by the evaluator's values where given (self-assessment elsewhere) */
  evaluatorPoints: z.number(),
  /**
   * the chair's items the evaluator has given a value: while none, evaluatorPoints is only the
   * self-assessment again, and screens show "—" for the evaluator
   */
  evaluated: z.number().int(),
  /** as the summary's: an incomplete area says so and is not compared */
  standing: StandingSchema,
  answered: z.number().int(),
  total: z.number().int(),
});

/**
 * What waits for the evaluator, in one answer: every area of each year not closed, with its
 * status, the recommendations its chair proposes as done and its score.
 */
export const ReviewQueue = z.object({
  periods: z.array(
    z.object({
      year: z.number().int(),
      state: PeriodState,
      frameworkId: z.string(),
      areas: z.array(
        z.object({
          code: AreaCodeSchema,
          status: ResultStatus,
          closedUnverified: ClosedUnverified,
          /** recommendations (this year's and earlier ones) the chair proposes as done */
          proposals: z.number().int(),
          score: AreaScore,
        }),
      ),
    }),
  ),
});
export type ReviewQueue = z.infer<typeof ReviewQueue>;

export const AreaResult = z.object({
  year: z.number().int(),
  area: AreaDto,
  frameworkId: z.string(),
  periodState: PeriodState,
  status: ResultStatus,
  closedUnverified: ClosedUnverified,
  version: z.number().int(),
  /** the evaluator's comment when the result was last returned */
  reviewComment: z.string().nullable(),
  narrative: z.string(),
  target: z.number().nullable(),
  score: AreaScore,
  tree: z.array(ScoredNodeDto),
  achievements: z.array(Achievement),
  recommendations: z.object({
    /** issued in this year's evaluation */
    issued: z.array(Recommendation),
    /**
     * issued in earlier years and still open when the year began, oldest first: the first
     * CARRIED_OVER_PAGE of them; the rest a page at a time from
     * /api/v1/periods/:year/areas/:code/carried-over
     */
    carriedOver: z.array(Recommendation),
    /** how many were carried over in all */
    carriedOverTotal: z.number().int(),
    /**
     * The day the period closed (YYYY-MM-DD), null while it is open: a closed year shows its
     * recommendations as they stood then (recommendationAsOf); these rows are today's.
     */
    asOf: z.iso.date().nullable(),
  }),
  updatedAt: z.string(),
  /** the last time the evaluator returned this result, and what the chair changed since */
  review: z
    .object({
      at: z.string(),
      comment: z.string(),
      changes: z.array(
        z.object({
          code: z.string(),
          field: z.enum(['selfValue', 'evidence', 'selfComment']),
          before: z.unknown(),
          after: z.unknown(),
        }),
      ),
    })
    .nullable(),
});
export type AreaResult = z.infer<typeof AreaResult>;

/** Most recommendations one page may take. */
export const RECOMMENDATIONS_PAGE_MAX = 1000;

/** The earlier recommendations an area's result carries; more are read a page at a time. */
export const CARRIED_OVER_PAGE = 50;

/** A page of an area's carried-over recommendations (`status`: only those with it now). */
export const CarriedOverQuery = z.object({
  status: RecommendationStatus.optional(),
  limit: wholeNumber(1, RECOMMENDATIONS_PAGE_MAX).optional(),
  offset: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional(),
});

export const RecommendationsQuery = z.object({
  area: AreaCodeSchema.optional(),
  status: RecommendationStatus.optional(),
  year: yearText().optional(),
  /** a page of at most this many, in the list's order (year, area, id); all when left out */
  limit: wholeNumber(1, RECOMMENDATIONS_PAGE_MAX).optional(),
  /** how many of the list to pass over before the page */
  offset: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional(),
});
export const RecommendationsResponse = z.object({
  recommendations: z.array(Recommendation),
  /** how many match the filter, whatever the page */
  total: z.number().int(),
});

// --- dashboard --------------------------------------------------------------------------

export const SummaryQuery = z
  .object({
    from: yearText().optional(),
    to: yearText().optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'tahun awal harus lebih kecil atau sama dengan tahun akhir',
    path: ['from'],
  });

export const SummaryYear = z.object({
  year: z.number().int(),
  framework: z.string(),
  /** the evaluation method (regulation); charts mark where it changes */
  method: z.string(),
  periodState: PeriodState,
  index: z.number(),
  /** the index's nominal maximum: 100 until 2022, 110 from 2023 (RB General + Tematik) */
  maxScore: z.number(),
  /** the band of the index as it stands; readers are shown `shownPredicate` */
  ...IndexLabels,
  predicate: PredicateSchema,
  /** final (closed), provisional (open, all answered) or incomplete (open, items unanswered) */
  standing: StandingSchema,
  /** the predicate to show: null ("—") while the year is incomplete */
  shownPredicate: PredicateSchema.nullable(),
  components: z.array(
    z.object({
      code: z.string(),
      name: LocalizedText,
      points: z.number(),
      max: z.number(),
      /** an adjustment on top of the index (the 2023 coefficient): may be negative */
      adjustment: z.boolean().optional(),
    }),
  ),
  /**
   * RB General (PermenPANRB 9/2023): the rescaled components plus the coefficient, as
   * displayed (the sum of their displayed points); null for the methods before 2023.
   */
  general: z
    .object({
      points: z.number(),
      max: z.number(),
      components: z.array(z.string()),
      /** items left out as not applicable this year, and the weight of those that apply */
      notApplicable: z.number().int(),
      applicableWeight: z.number(),
    })
    .nullable(),
  /** items against their target baik; null for a method without targets (before 2023) */
  targetBaik: TargetBaikSummary.nullable(),
  /** the bands of the year's predicate rule (AA from 100 since 2024's version) */
  predicateBands: PredicateBands,
  /** the component the eight areas add up to (Pengungkit); null where areas are only tags */
  areasMakeUp: z.string().nullable(),
  /** indicators answered (figures entered) of all: an open year's index is provisional */
  completeness: z.object({ answered: z.number().int(), total: z.number().int() }),
  /**
   * Areas the secretariat closed without the evaluator's verification: the year's predicate is
   * final as decided, and every surface says this beside it
   */
  areasClosedUnverified: z.number().int(),
  areas: z.array(
    z.object({
      code: AreaCodeSchema,
      points: z.number(),
      max: z.number(),
      percent: z.number(),
      target: z.number().nullable(),
      status: ResultStatus,
      closedUnverified: ClosedUnverified,
      answered: z.number().int(),
      total: z.number().int(),
      /** as the year's: an incomplete area is drawn apart and not compared */
      standing: StandingSchema,
    }),
  ),
});
export type SummaryYear = z.infer<typeof SummaryYear>;
export const DashboardSummary = z.object({ years: z.array(SummaryYear) });
export type DashboardSummary = z.infer<typeof DashboardSummary>;

export const OutcomeKind = z.enum(OUTCOME_KINDS);
export type OutcomeKind = z.infer<typeof OutcomeKind>;
export const OutcomeFigure = z.object({
  year: z.number().int(),
  kind: OutcomeKind,
  value: z.number().nullable(),
  text: z.string().nullable(),
  unit: z.string().nullable(),
  source: z.enum(['published', 'demo']),
  note: z.string().nullable(),
});
export type OutcomeFigure = z.infer<typeof OutcomeFigure>;
export const OutcomesQuery = SummaryQuery;
export const OutcomesResponse = z.object({ outcomes: z.array(OutcomeFigure) });
