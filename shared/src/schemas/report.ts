import { z } from 'zod';
import { AreaCodeSchema } from './api';
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
  drafts: z.object({
    opening: z.string(),
    basis: z.string(),
    aims: z.string(),
    scope: z.string(),
    method: z.string(),
    results: z.string(),
    targets: z.string(),
    recommendations: z.string(),
    followUp: z.string(),
    appreciation: z.string(),
  }) satisfies z.ZodType<Record<ReportSection, string>>,
  updatedAt: z.string().nullable(),
  by: z.string().nullable(),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

export const ReportQuery = DeckQuery.extend({
  /** one working group's report: its area only */
  area: AreaCodeSchema.optional(),
});
