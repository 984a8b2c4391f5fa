import { isVerified, type ResultStatus } from '../workflow';
import type { AnswerValue } from './answers';

export interface AnswerPair {
  selfValue: AnswerValue | null;
  evaluatorValue: AnswerValue | null;
}

/**
 * The value that counts: the evaluator's once the result is verified (and the evaluator has
 * given one), otherwise the chair's self-assessment.
 */
export function officialValue(answer: AnswerPair, verified: boolean): AnswerValue | null {
  if (verified && answer.evaluatorValue !== null) return answer.evaluatorValue;
  return answer.selfValue;
}

/**
 * Whether an answer's evaluator value may count. Ministry-wide indicators (Komponen Hasil)
 * belong to no area and go through no workflow: the evaluator's value counts when given.
 * An area's indicators count it once that area's result is verified.
 */
export function evaluatorValueCounts(
  owner: { ministryWide: true } | { status: ResultStatus | undefined },
): boolean {
  return 'ministryWide' in owner || (owner.status !== undefined && isVerified(owner.status));
}

/**
 * The value that counts for one indicator. A sourced figure is a single value, as its source
 * reports it (no self-assessment beside an evaluator's value): it counts as entered, and
 * the evaluator's verification checks it against the source document.
 */
export function countingValue(
  indicator: { sourcedBy?: string },
  answer: AnswerPair,
  evaluatorCounts: boolean,
): AnswerValue | null {
  return indicator.sourcedBy ? answer.selfValue : officialValue(answer, evaluatorCounts);
}
