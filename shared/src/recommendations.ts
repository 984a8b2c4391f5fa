import type { Recommendation } from './schemas/api';

/** Not closed: a proposal to close counts as open until the evaluator confirms it. */
export const STILL_OPEN: ReadonlySet<Recommendation['status']> = new Set([
  'open',
  'in_progress',
  'proposed_done',
]);

/**
 * A recommendation as it stood on `date` (YYYY-MM-DD): the follow-ups reported by then and
 * the status the last of them gave (open before any). A closed year's pages show this, so
 * a reader sees what the forum saw, not what happened since.
 */
export function recommendationAsOf(rec: Recommendation, date: string): Recommendation {
  const followUps = rec.followUps.filter((f) => f.date <= date);
  const status = followUps.at(-1)?.status ?? 'open';
  return {
    ...rec,
    status,
    followUps,
    overdue: STILL_OPEN.has(status) && rec.dueDate !== null && rec.dueDate < date,
  };
}
