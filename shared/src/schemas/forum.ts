import { z } from 'zod';
import { AnswerValue } from '../scoring/answers';
import { PlanProgressSchema } from './action-plans';
import {
  AchievementKind,
  AreaCodeSchema,
  AreaResult,
  ClosedUnverified,
  IndexLabels,
  LocalizedText,
  OutcomeFigure,
  PeriodState,
  PredicateBands,
  PredicateSchema,
  Priority,
  Recommendation,
  RecommendationStatus,
  ResultStatus,
  StandingSchema,
  SummaryYear,
  TargetBaikSummary,
  wholeNumber,
  yearText,
} from './api';

// The minister's evaluation forum: directions (arahan) given there, the frozen snapshots the
// deck shows, and the deck itself.

const text = (max: number) => z.string().trim().max(max);

// --- directions (arahan) ------------------------------------------------------------------

/** A direction is the minister's, not the evaluator's: the secretariat closes it. */
export const DIRECTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export const DirectionStatus = z.enum(DIRECTION_STATUSES);
export type DirectionStatus = z.infer<typeof DirectionStatus>;
/** What a chair may report on a direction for their area; closing is the secretariat's. */
export const CHAIR_DIRECTION_STATUSES = ['open', 'in_progress'] as const;

export const DirectionFollowUp = z.object({
  id: z.number().int(),
  date: z.iso.date(),
  status: DirectionStatus,
  note: z.string(),
  by: z.string().nullable(),
});

export const Direction = z.object({
  id: z.number().int(),
  /** the forum (evaluation year) where it was given */
  year: z.number().int(),
  /** null: for the whole ministry */
  area: AreaCodeSchema.nullable(),
  text: z.string(),
  owner: z.string(),
  dueDate: z.iso.date().nullable(),
  status: DirectionStatus,
  version: z.number().int(),
  overdue: z.boolean(),
  createdAt: z.string(),
  by: z.string().nullable(),
  /**
   * when the secretariat last corrected it (null: as captured); absent in what was frozen
   * before corrections existed
   */
  editedAt: z.string().nullable().default(null),
  followUps: z.array(DirectionFollowUp),
});
export type Direction = z.infer<typeof Direction>;

export const DirectionInput = z.object({
  /**
   * Made by the deck when the direction is typed: a direction captured offline and sent
   * twice (the first answer lost) is stored once.
   */
  clientId: z.uuid(),
  area: AreaCodeSchema.nullable(),
  text: text(2_000).min(5),
  owner: text(200).min(2),
  dueDate: z.iso.date().nullable().optional(),
});
export type DirectionInput = z.infer<typeof DirectionInput>;

export const DirectionFollowUpInput = z.object({
  version: z.number().int().positive(),
  status: DirectionStatus,
  note: text(2_000).min(3),
});
export type DirectionFollowUpInput = z.infer<typeof DirectionFollowUpInput>;

/** Why a direction is corrected or withdrawn: the audit log keeps it beside the change. */
const correctionReason = text(500).min(5);

/** The secretariat corrects what was typed in the room (a typo, the owner, the due date). */
export const DirectionEditInput = DirectionInput.pick({
  text: true,
  owner: true,
  dueDate: true,
}).extend({
  version: z.number().int().positive(),
  reason: correctionReason,
});
export type DirectionEditInput = z.infer<typeof DirectionEditInput>;

/** A direction recorded by mistake is taken back: it leaves every list, the audit keeps it. */
export const DirectionWithdrawInput = z.object({
  version: z.number().int().positive(),
  reason: correctionReason,
});
export type DirectionWithdrawInput = z.infer<typeof DirectionWithdrawInput>;

export const DirectionsQuery = z.object({
  year: yearText().optional(),
  area: AreaCodeSchema.optional(),
  status: DirectionStatus.optional(),
});
export const DirectionsResponse = z.object({ directions: z.array(Direction) });
export type DirectionsResponse = z.infer<typeof DirectionsResponse>;

// --- whose evaluation ----------------------------------------------------------------------

/** The ministry the installation evaluates: its name and whether it has a logo to show. */
export const MinistryIdentity = z.object({
  name: z.object({ id: z.string(), en: z.string() }),
  /** served at /api/v1/identity/logo */
  logo: z.boolean(),
});
export type MinistryIdentity = z.infer<typeof MinistryIdentity>;

// --- a forum's agenda ----------------------------------------------------------------------

const SlideKeys = z.array(z.string().trim().min(1).max(40)).max(200);

/**
 * How the secretariat runs a forum's deck: its slides in this order (by `slideKey`), these
 * hidden. Kept per deck (the live one, or a snapshot) beside it, never inside its frozen data.
 */
export const AgendaInput = z.object({
  /** the version read; 0 when the deck had no agenda yet */
  version: z.number().int().min(0),
  order: SlideKeys,
  hidden: SlideKeys,
  /**
   * the secretariat's own speaker notes by slide key (one note a line); a slide not named
   * keeps the notes the deck writes
   */
  notes: z
    .record(z.string().trim().min(1).max(40), z.string().trim().max(2_000))
    .refine((notes) => Object.keys(notes).length <= 200, 'Terlalu banyak catatan.')
    .default({}),
});
export type AgendaInput = z.input<typeof AgendaInput>;

export const ForumAgenda = AgendaInput.extend({
  year: z.number().int(),
  /** null: the live deck's */
  snapshot: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
  by: z.string().nullable(),
});
export type ForumAgenda = z.infer<typeof ForumAgenda>;

// --- snapshots ---------------------------------------------------------------------------

export const SnapshotSummary = z.object({
  id: z.number().int(),
  year: z.number().int(),
  /** 1, 2, … within the year */
  number: z.number().int(),
  createdAt: z.string(),
  by: z.string().nullable(),
  note: z.string().nullable(),
  /** SHA-256 of the frozen deck, to tell two copies apart */
  sha256: z.string(),
  /**
   * the stored data still hashes to `sha256`: false when it was changed outside the app (the
   * database refuses edits, so only someone who removed that guard could), and every slide,
   * file and the forum page then warn
   */
  intact: z.boolean(),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummary>;
export const SnapshotsResponse = z.object({ snapshots: z.array(SnapshotSummary) });
export const SnapshotCreate = z.object({ note: text(200).optional() });
export const DeckQuery = z.object({ snapshot: wholeNumber(1, 9_999).optional() });
/** The year's workbook: as frozen with a snapshot, in the requester's language (default id). */
export const WorkbookQuery = DeckQuery.extend({ lang: z.enum(['id', 'en']).optional() });

// --- the deck ----------------------------------------------------------------------------

const DeckYear = z.object({
  year: z.number().int(),
  framework: z.string(),
  method: z.string(),
  periodState: PeriodState,
  index: z.number(),
  maxScore: z.number(),
  /** index as percent of the year's maximum: comparable across methods */
  percent: z.number(),
  predicate: PredicateSchema,
  standing: StandingSchema,
  /** null ("—") while the year is incomplete */
  shownPredicate: PredicateSchema.nullable(),
});

const DeckRecommendation = z.object({
  id: z.number().int(),
  year: z.number().int(),
  area: AreaCodeSchema,
  text: z.string(),
  ownerUnit: z.string(),
  dueDate: z.iso.date().nullable(),
  priority: Priority,
  status: RecommendationStatus,
  overdue: z.boolean(),
});
export type DeckRecommendation = z.infer<typeof DeckRecommendation>;

const DeckDirection = Direction.omit({ followUps: true, version: true });

/**
 * A working group's action plan on its slide: how far carried out on the deck's day, the
 * quarters' reporting, and the actions furthest behind (the slide has room for a few). Its
 * numbers are rounded to the cent, as every number of the deck.
 */
export const DeckPlan = PlanProgressSchema.pick({
  standing: true,
  due: true,
  implementation: true,
  budgetDue: true,
  budgetRealised: true,
  budgetTotal: true,
  lateQuarters: true,
  quarters: true,
}).extend({
  activities: z.number().int(),
  actions: z.number().int(),
  rows: z.array(
    PlanProgressSchema.shape.actions.element.omit({ share: true }).extend({
      text: z.string(),
      outputUnit: z.string(),
      /** min(1, realised ÷ target) × 100 over the quarters due; null when nothing was due */
      percent: z.number().nullable(),
    }),
  ),
});
export type DeckPlan = z.infer<typeof DeckPlan>;

export const DeckArea = z.object({
  code: AreaCodeSchema,
  name: LocalizedText,
  workingGroup: z.string().nullable(),
  chair: z.string().nullable(),
  status: ResultStatus,
  /** why the area was closed unverified; absent in snapshots frozen before it was recorded */
  closedUnverified: ClosedUnverified.optional(),
  points: z.number(),
  max: z.number(),
  percent: z.number(),
  /** an incomplete area's slide says so and its percent is drawn apart */
  standing: StandingSchema,
  /** items answered of the area's; null in snapshots frozen before they were stored */
  answered: z.number().int().nullable(),
  total: z.number().int().nullable(),
  target: z.number().nullable(),
  targetPercent: z.number().nullable(),
  /** percent of maximum per year up to the deck's year, against the target */
  history: z.array(
    z.object({
      year: z.number().int(),
      framework: z.string(),
      /** the evaluation method: a chart crossing a change marks it */
      method: z.string(),
      percent: z.number(),
      targetPercent: z.number().nullable(),
      standing: StandingSchema,
    }),
  ),
  parts: z.array(
    z.object({
      code: z.string(),
      name: LocalizedText,
      points: z.number(),
      max: z.number(),
      percent: z.number(),
      /** every item below it answered: an open year's unanswered part is not a zero */
      complete: z.boolean(),
      /**
       * the bar standing for the parts past DECK_LIMITS.parts, summed (its code empty): how
       * many, and how many of them are not complete
       */
      merged: z.object({ parts: z.number().int(), incomplete: z.number().int() }).optional(),
    }),
  ),
  achievements: z.array(
    z.object({
      title: z.string(),
      kind: AchievementKind,
      date: z.iso.date().nullable(),
      metric: z.string().nullable(),
    }),
  ),
  achievementCount: z.number().int(),
  /** issued by this year's evaluation: the first DECK_LIMITS.recommendations of them */
  recommendations: z.array(DeckRecommendation),
  /** how many were issued: the slide counts those it does not list */
  recommendationCount: z.number().int(),
  /**
   * issued earlier and still open when the year began, with their status now (or when the
   * snapshot was taken): the oldest DECK_LIMITS.earlier of them
   */
  earlier: z.array(DeckRecommendation),
  earlierCount: z.number().int(),
  /** given at earlier forums for this area, with their status */
  directions: z.array(DeckDirection),
  /** the group's action plan of the year; null without one, absent in older snapshots */
  plan: DeckPlan.nullable().optional(),
});
export type DeckArea = z.infer<typeof DeckArea>;

/** The shape of the deck a snapshot stores; older ones are brought up to it when read. */
export const DECK_FORMAT = 5;

export const Deck = z.object({
  format: z.literal(DECK_FORMAT),
  year: z.number().int(),
  snapshot: SnapshotSummary.nullable(),
  /** the moment the deck's data stood (the snapshot's time, or now) */
  asOf: z.string(),
  framework: z.string(),
  method: z.string(),
  periodState: PeriodState,
  previousYear: z.number().int().nullable(),
  methodChanged: z.boolean(),
  /** the same method in another version than last year's: a note, still compared in points */
  versionChanged: z.boolean(),
  /** see SummaryYear.areasClosedUnverified */
  areasClosedUnverified: z.number().int(),
  index: z.number(),
  maxScore: z.number(),
  /** the band of the index as it stands; readers are shown `shownPredicate` */
  predicate: PredicateSchema,
  standing: StandingSchema,
  /** null ("—") while the year is incomplete */
  shownPredicate: PredicateSchema.nullable(),
  /** absent in snapshots frozen before the deck carried them */
  indexSource: IndexLabels.indexSource.optional(),
  predicateAssumed: IndexLabels.predicateAssumed.optional(),
  predicateSource: IndexLabels.predicateSource.optional(),
  /**
   * see SummaryYear.targetBaik, its items cut to the DECK_LIMITS.targets its slide reads first
   * (boundTargetItems; `total` counts them all); absent in snapshots frozen before 2024's
   * version
   */
  targetBaik: TargetBaikSummary.nullable().optional(),
  /** the bands the index chart draws: this year's rule; absent in older snapshots (2014's) */
  predicateBands: PredicateBands.optional(),
  indexDelta: z.number().nullable(),
  indexDeltaBasis: z.enum(['points', 'percent']),
  completeness: z.object({ answered: z.number().int(), total: z.number().int() }),
  /** the index's components as the overview's table has them; null in snapshots frozen without */
  components: SummaryYear.shape.components.nullable(),
  /** see SummaryYear.general: RB General from 2023 */
  general: SummaryYear.shape.general,
  /** the ministry's outcome figures up to the deck's year; null in snapshots frozen before */
  outcomes: z.array(OutcomeFigure).nullable(),
  trend: z.array(DeckYear),
  areas: z.array(DeckArea),
  closing: z.object({
    /** this year's recommendations of high priority, across areas: the first DECK_LIMITS.priorities */
    priorities: z.array(DeckRecommendation),
    priorityCount: z.number().int(),
    issued: z.number().int(),
    followUp: z.object({
      /** recommendations issued before this year, done, dropped and in total */
      done: z.number().int(),
      dropped: z.number().int(),
      total: z.number().int(),
      /** done ÷ (total − dropped) in percent; null when nothing was due */
      rate: z.number().nullable(),
    }),
    /** ministry-wide directions of earlier forums */
    directions: z.array(DeckDirection),
    /** the year's appeals of evaluator scores by state; absent in snapshots frozen before */
    appeals: z
      .object({
        total: z.number().int(),
        open: z.number().int(),
        accepted: z.number().int(),
        rejected: z.number().int(),
        awaitingRescore: z.number().int(),
      })
      .optional(),
  }),
});
export type Deck = z.infer<typeof Deck>;

/**
 * What the year's workbook is made from. A snapshot stores it beside the deck (format 2), so
 * the workbook of a snapshot is the one frozen with it, never today's data.
 */
export const WorkbookData = z.object({
  summary: SummaryYear,
  results: z.array(AreaResult),
  recommendations: z.array(Recommendation),
  directions: z.array(Direction),
});
export type WorkbookData = z.infer<typeof WorkbookData>;

// --- a filled worksheet imported -----------------------------------------------------------

export const WorksheetImportQuery = z.object({
  /** "true": only show what would change */
  dryRun: z.enum(['true', 'false']).optional(),
  /** the result's version the preview showed; the import is refused if it moved since */
  version: wholeNumber(1, Number.MAX_SAFE_INTEGER).optional(),
});

export const WorksheetImport = z.object({
  year: z.number().int(),
  area: AreaCodeSchema,
  applied: z.boolean(),
  /** the result's version now (after the import when applied) */
  version: z.number().int(),
  /** the version the file was exported from, as written in it */
  exportedVersion: z.number().int().nullable(),
  changes: z.array(
    z.object({
      code: z.string(),
      before: AnswerValue.nullable(),
      after: AnswerValue.nullable(),
    }),
  ),
});
export type WorksheetImport = z.infer<typeof WorksheetImport>;
