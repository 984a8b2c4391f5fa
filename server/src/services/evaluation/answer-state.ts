import type { AnswerState } from '@rapor/shared/review';
import type { AnswerRow } from './year-data';

/** The chair's part of a stored answer, as a return keeps it and a resubmission is compared. */
export function answerState(row: AnswerRow | undefined): AnswerState {
  return {
    selfValue: row?.selfValue ?? null,
    evidence: row?.evidence ?? [],
    selfComment: row?.selfComment ?? null,
  };
}
