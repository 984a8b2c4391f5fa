import { z } from 'zod';
import { APPEAL_DECISIONS, APPEAL_STATUSES, MIN_APPEAL_REASON } from '../appeals';
import { AnswerType, AnswerValue } from '../scoring/answers';
import { AreaCodeSchema, PeriodState } from './api';

const text = (max: number) => z.string().trim().max(max);

export const AppealStatus = z.enum(APPEAL_STATUSES);

/** One appeal of an evaluator-scored item, from filing to its answer and score change. */
export const Appeal = z.object({
  id: z.number().int(),
  year: z.number().int(),
  area: AreaCodeSchema,
  code: z.string(),
  title: z.string(),
  /** the item's answer type: what a score change may set */
  answer: AnswerType,
  status: AppealStatus,
  reason: z.string(),
  file: z.object({ label: z.string(), url: z.string() }),
  filedBy: z.string(),
  filedAt: z.string(),
  /** the evaluator's value the appeal disputes, as it was when filed */
  scoreAtFiling: AnswerValue.nullable(),
  response: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  /** the score change an accepted appeal led to; null until the evaluator makes it */
  rescore: z
    .object({ before: AnswerValue.nullable(), after: AnswerValue, by: z.string(), at: z.string() })
    .nullable(),
  rescoredAt: z.string().nullable(),
  version: z.number().int(),
});
export type Appeal = z.infer<typeof Appeal>;

export const AppealList = z.object({
  year: z.number().int(),
  state: PeriodState,
  /** the secretariat opened the window: chairs may file while the year is in review */
  windowOpen: z.boolean(),
  appeals: z.array(Appeal),
});
export type AppealList = z.infer<typeof AppealList>;

/** The fields of a filing (multipart, beside the required file). */
export const AppealFiling = z.object({
  code: z.string().trim().min(1).max(30),
  reason: text(2_000).min(MIN_APPEAL_REASON),
});
export type AppealFiling = z.infer<typeof AppealFiling>;

export const AppealAnswer = z.object({
  version: z.number().int().min(1),
  decision: z.enum(APPEAL_DECISIONS),
  response: text(2_000).min(1),
});
export type AppealAnswer = z.infer<typeof AppealAnswer>;

/** The score change an accepted appeal leads to: the item's new evaluator value. */
export const AppealRescore = z.object({
  version: z.number().int().min(1),
  value: AnswerValue,
  comment: text(2_000).optional(),
});
export type AppealRescore = z.infer<typeof AppealRescore>;

export const AppealWindowMove = z.object({ open: z.boolean() });
export type AppealWindowMove = z.infer<typeof AppealWindowMove>;
