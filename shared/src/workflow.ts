/** Status of one area's result in one period: draft → submitted → returned ↔ submitted → verified → final. */
export const RESULT_STATUSES = ['draft', 'submitted', 'returned', 'verified', 'final'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** State of an evaluation period (a year). Closing a period makes every result final. */
export const PERIOD_STATES = ['open', 'review', 'closed'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

/** The evaluator's values count once the evaluator has verified the result. */
export function isVerified(status: ResultStatus): boolean {
  return status === 'verified' || status === 'final';
}
