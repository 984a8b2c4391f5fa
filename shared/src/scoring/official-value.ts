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
