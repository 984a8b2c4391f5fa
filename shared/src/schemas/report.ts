import { z } from 'zod';
import { AreaCodeSchema, LocalizedText, PredicateSchema } from './api';
import { DeckQuery } from './forum';

// The evaluation report (Laporan Hasil Evaluasi): the letter's fields the secretariat enters per
// year, and the narrative sections drafted from the data that it may rewrite before export.

const line = (max: number) => z.string().trim().max(max);

export const REPORT_SECTIONS = [
  'opening',
  'basis',
  'aims',
  'scope',
  'method',
  'results',
  'targets',
  'recommendations',
  'followUp',
  'appreciation',
] as const;
export const ReportSection = z.enum(REPORT_SECTIONS);
export type ReportSection = z.infer<typeof ReportSection>;

export const ReportLetter = z.object({
  /** the letter's number as the registry gives it */
  number: line(80),
  date: z.iso.date().nullable(),
  /** sifat: Biasa, Segera, Rahasia … */
  nature: line(40),
  /** lampiran: "1 (satu) berkas" */
  attachments: line(80),
  /** hal; empty: the report's title */
  subject: line(200),
  /** yth.: one line per line of the address */
  addressee: line(400),
  signatory: z.object({ name: line(120), title: line(160), nip: line(40) }),
  /** tembusan */
  copies: z.array(line(160).min(1)).max(10),
  assignment: z.object({
    /** the assignment letter (surat tugas) */
    number: line(80),
    date: z.iso.date().nullable(),
    /** when the evaluation ran: "3–28 Februari 2025" */
    period: line(120),
  }),
  team: z.object({
    controller: line(120),
    lead: line(120),
    members: z.array(line(120).min(1)).max(20),
  }),
});
export type ReportLetter = z.infer<typeof ReportLetter>;

export const ReportInput = z.object({
  /** the version read; 0 when the year had none yet */
  version: z.number().int().min(0),
  letter: ReportLetter,
  /** the secretariat's own text per section; a section not named (or emptied) is drafted */
  narrative: z.partialRecord(ReportSection, z.string().trim().max(5_000)).default({}),
});
export type ReportInput = z.input<typeof ReportInput>;

export const ReportSettings = ReportInput.extend({
  year: z.number().int(),
  /** each section as drafted from the data now, shown beside the secretariat's text */
  drafts: z.record(ReportSection, z.string()),
  updatedAt: z.string().nullable(),
  by: z.string().nullable(),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

export const ReportQuery = DeckQuery.extend({
  /** one working group's report: its area only */
  area: AreaCodeSchema.optional(),
});

// --- the national result (KemenPANRB's letter) -------------------------------------------

/** One item as KemenPANRB scored it, with its note. */
export const NationalItem = z.object({
  code: z.string().trim().min(1).max(30),
  score: z.number().finite().min(0).max(1_000).nullable(),
  note: line(500),
});
export type NationalItem = z.infer<typeof NationalItem>;

export const NATIONAL_APPEAL_OUTCOMES = ['pending', 'accepted', 'rejected'] as const;

/** An appeal (sanggah) of a nationally scored item, with KemenPANRB's answer once given. */
export const NationalAppeal = z
  .object({
    code: z.string().trim().min(1).max(30),
    reason: line(2_000).min(1),
    filedOn: z.iso.date(),
    outcome: z.enum(NATIONAL_APPEAL_OUTCOMES),
    answer: line(2_000),
    answeredOn: z.iso.date().nullable(),
  })
  .refine((a) => a.outcome === 'pending' || (a.answer !== '' && a.answeredOn !== null), {
    message: 'Sanggahan yang sudah dijawab perlu jawaban dan tanggalnya.',
    path: ['answer'],
  });
export type NationalAppeal = z.infer<typeof NationalAppeal>;

export const NationalResultInput = z.object({
  /** the version read; 0 while none is recorded */
  version: z.number().int().min(0),
  index: z.number().finite().min(0).max(200),
  predicate: PredicateSchema,
  letterNumber: line(80),
  letterDate: z.iso.date().nullable(),
  note: line(2_000),
  items: z.array(NationalItem).max(500),
  appeals: z.array(NationalAppeal).max(200),
});
export type NationalResultInput = z.input<typeof NationalResultInput>;

/**
 * The national result of a closed year beside the ministry's own final values (never changing
 * them); `recorded` false (version 0) until the secretariat enters KemenPANRB's letter.
 */
export const NationalResult = NationalResultInput.extend({
  year: z.number().int(),
  recorded: z.boolean(),
  final: z.object({
    index: z.number(),
    maxScore: z.number(),
    predicate: PredicateSchema.nullable(),
  }),
  /** each item's own final points beside the national score, by code */
  itemsFinal: z.array(
    z.object({
      code: z.string(),
      name: LocalizedText,
      area: z.string().nullable(),
      points: z.number(),
    }),
  ),
  updatedAt: z.string().nullable(),
  by: z.string().nullable(),
});
export type NationalResult = z.infer<typeof NationalResult>;
