import { z } from 'zod';
import { AnswerOption, AnswerType, AnswerValue } from '../scoring/answers';
import {
  AreaCodeSchema,
  EvidenceLink,
  FigureSource,
  ItemTarget,
  LocalizedText,
  PeriodState,
  yearText,
} from './api';

// Sourced figures of a year: every Hasil leaf, and the figures inside Pengungkit that an
// outside assessment reports (merit index, SPBE, APIP capability, SPIP maturity …).

export const FIGURE_STATES = ['missing', 'entered', 'verified'] as const;

export const Figure = FigureSource.extend({
  code: z.string(),
  name: LocalizedText,
  /** the top-level component (HASIL, PENGUNGKIT) and the group the figure sits in */
  component: z.object({ code: z.string(), name: LocalizedText }),
  group: z.object({ code: z.string(), name: LocalizedText }),
  area: AreaCodeSchema.nullable(),
  /** the weight it counts with this year: rescaled when an item of its component is left out */
  weight: z.number(),
  /** the weight the framework gives it, where rescaling changed it; null otherwise */
  nominalWeight: z.number().nullable(),
  answer: AnswerType,
  options: z.array(AnswerOption).optional(),
  value: AnswerValue.nullable(),
  /** the figure against its target baik, by the value that counts; null: no target */
  targetBaik: ItemTarget.nullable(),
  /** why a target the source gives is not counted */
  targetUnresolved: z.string().nullable(),
  fraction: z.number(),
  /** the score of the indicator this one is multiplied by (Capaian IKU × the SAKIP ratio) */
  multiplier: z.object({ code: z.string(), fraction: z.number() }).optional(),
  /** exact points are summed; these are rounded to 2 decimals */
  points: z.number(),
  error: z.string().optional(),
  evidence: z.array(EvidenceLink),
  /** the secretariat's note on the figure */
  note: z.string().nullable(),
  evaluatorComment: z.string().nullable(),
  state: z.enum(FIGURE_STATES),
  /** why the item does not apply to the institution this year; it then weighs nothing */
  notApplicable: z.string().nullable(),
  /** whether the admin may mark it not applicable (its component is rescaled, PermenPANRB 9/2023) */
  excludable: z.boolean(),
  /** 0 until the figure is first entered; every write names it (409 when stale) */
  version: z.number().int().min(0),
});
export type Figure = z.infer<typeof Figure>;

export const FiguresResponse = z.object({
  year: z.number().int(),
  frameworkId: z.string(),
  periodState: PeriodState,
  figures: z.array(Figure),
  counts: z.object({
    /** the figures that apply: not-applicable ones are not counted */
    total: z.number().int(),
    entered: z.number().int(),
    verified: z.number().int(),
  }),
  /** the Hasil component's points and maximum from the figures as entered */
  hasil: z.object({ points: z.number(), max: z.number() }).nullable(),
});
export type FiguresResponse = z.infer<typeof FiguresResponse>;

export const FigureParams = z.object({
  year: yearText(),
  indicator: z.string().min(1).max(40),
});

const text = (max: number) => z.string().trim().max(max);

/**
 * The secretariat enters value, source, evidence and note; the evaluator verifies (or
 * un-verifies with a comment). Changing the value or the source clears the verification.
 */
export const FigureUpdate = z
  .object({
    version: z.number().int().min(0),
    value: AnswerValue.nullable().optional(),
    source: z
      .object({
        title: text(300).min(3),
        issuer: text(200).min(2),
        date: z.iso.date(),
      })
      .optional(),
    evidence: z.array(EvidenceLink).max(20).optional(),
    note: text(2_000).nullable().optional(),
    verified: z.boolean().optional(),
    evaluatorComment: text(2_000).nullable().optional(),
  })
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), { message: 'tidak ada yang diubah' });
export type FigureUpdate = z.infer<typeof FigureUpdate>;
export const FIGURE_ENTRY_FIELDS = ['value', 'source', 'evidence', 'note'] as const;

/**
 * Many figures in one go, all or nothing: the secretariat's table pasted from the agencies'
 * spreadsheet (value and source per row), or the evaluator verifying several at once. Each
 * row is checked as its own PUT would be; the refusal lists every row at fault.
 */
export const FiguresBulkUpdate = z
  .object({
    rows: z
      .array(
        z.object({
          code: z.string().min(1).max(40),
          version: z.number().int().min(0),
          value: AnswerValue.nullable().optional(),
          source: FigureUpdate.shape.source,
          verified: z.literal(true).optional(),
        }),
      )
      .min(1)
      .max(200),
  })
  .refine((b) => new Set(b.rows.map((r) => r.code)).size === b.rows.length, {
    message: 'setiap angka cukup disebut sekali',
    path: ['rows'],
  });
export type FiguresBulkUpdate = z.infer<typeof FiguresBulkUpdate>;
/** A row the bulk write refused, by its place in the request (1-based) and its code. */
export const BulkRowProblem = z.object({
  row: z.number().int(),
  code: z.string(),
  message: z.string(),
});
export type BulkRowProblem = z.infer<typeof BulkRowProblem>;
export const FIGURE_CHECK_FIELDS = ['verified', 'evaluatorComment'] as const;

// --- the figures sheet (xlsx) -----------------------------------------------------------

export const FiguresFileQuery = z.object({ lang: z.enum(['id', 'en']).optional() });

export const FiguresImportQuery = z.object({
  /** "true": only show what would change */
  dryRun: z.enum(['true', 'false']).optional(),
});

const SourceText = z.object({ title: z.string(), issuer: z.string(), date: z.string() });

/** A filled figures sheet read back: each row it changes, before and after; applied or not. */
export const FiguresImport = z.object({
  year: z.number().int(),
  applied: z.boolean(),
  changes: z.array(
    z.object({
      code: z.string(),
      name: LocalizedText,
      version: z.number().int(),
      valueBefore: AnswerValue.nullable(),
      /** present when the file changes the value */
      value: AnswerValue.optional(),
      sourceBefore: SourceText.nullable(),
      /** present when the file changes the source */
      source: SourceText.optional(),
    }),
  ),
});
export type FiguresImport = z.infer<typeof FiguresImport>;

// --- items that do not apply (PermenPANRB 9/2023) ---------------------------------------

export const NotApplicableItem = z.object({
  code: z.string(),
  name: LocalizedText,
  reason: z.string(),
  setBy: z.string().nullable(),
  setAt: z.string(),
});
export type NotApplicableItem = z.infer<typeof NotApplicableItem>;
export const NotApplicableResponse = z.object({
  year: z.number().int(),
  /** false when the year's framework has no rescaled components: nothing can be left out */
  allowed: z.boolean(),
  items: z.array(NotApplicableItem),
});
export type NotApplicableResponse = z.infer<typeof NotApplicableResponse>;
export const NotApplicableParams = FigureParams;
export const NotApplicableBody = z.object({
  reason: text(500).min(5, 'alasan minimal 5 karakter'),
});
