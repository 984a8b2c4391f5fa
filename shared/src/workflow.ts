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

export const WORKFLOW_ACTIONS = ['submit', 'return', 'verify'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** Which status each workflow action leaves from and arrives at. */
export const RESULT_TRANSITIONS: Record<
  WorkflowAction,
  { from: readonly ResultStatus[]; to: ResultStatus }
> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  return: { from: ['submitted'], to: 'returned' },
  verify: { from: ['submitted'], to: 'verified' },
};

export function nextStatus(status: ResultStatus, action: WorkflowAction): ResultStatus | null {
  const t = RESULT_TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

/** Period moves the secretariat may make; closed is the end. */
export const PERIOD_TRANSITIONS: Record<PeriodState, readonly PeriodState[]> = {
  open: ['review'],
  review: ['open', 'closed'],
  closed: [],
};

export function canMovePeriod(from: PeriodState, to: PeriodState): boolean {
  return PERIOD_TRANSITIONS[from].includes(to);
}
