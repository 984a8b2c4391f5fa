import { z } from 'zod';
import { LocalizedText, PredicateSchema } from './api';

// The national result of a closed year as KemenPANRB's letter gives it, kept apart from the
// report's schemas so the overview that shows it loads nothing of the forum's.

const line = (max: number) => z.string().trim().max(max);

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
