import { isVerified, type ResultStatus } from './workflow';

// An appeal (sanggah) inside the ministry: a working group disagrees with a score the
// Inspectorate's evaluator gave one of its items. Modelled on the national Portal RB (2025):
// one item at a time, a reason and a file required, the evaluator answers accepted or rejected
// with a response, the score itself is changed afterwards as its own audited step, and an item
// has at most one open appeal. Appeals are filed only while the year is in review and the
// secretariat has opened the window; the year cannot close while one is unanswered.

export const APPEAL_STATUSES = ['open', 'accepted', 'rejected'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export const APPEAL_DECISIONS = ['accepted', 'rejected'] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];

/** The shortest reason worth an evaluator's time: a sentence, not "salah". */
export const MIN_APPEAL_REASON = 10;

export type AppealRefusal = 'APPEAL_WINDOW_CLOSED' | 'NOT_APPEALABLE' | 'APPEAL_OPEN';

/**
 * Whether the evaluator's verification stands behind an item's value (its own value, the
 * chair's it let stand, a plan item's grade): what a chair may appeal. A figure from an outside
 * source is its source's, not the evaluator's.
 */
export function evaluatorScored(
  status: ResultStatus,
  item: { sourced: boolean; value: unknown },
): boolean {
  return isVerified(status) && !item.sourced && item.value !== null && item.value !== undefined;
}

/**
 * What a chair's appeal on one item needs to be filed, given where the item stands (the year
 * in review and the chair's own area are the permission table's `appeal.file`).
 */
export interface FilingContext {
  windowOpen: boolean;
  /** see `evaluatorScored` */
  evaluatorScored: boolean;
  /** the item already has an appeal waiting for its answer */
  hasOpenAppeal: boolean;
}

/** Why an appeal on the item cannot be filed now, or null when it can. */
export function filingRefusal(context: FilingContext): AppealRefusal | null {
  if (!context.windowOpen) return 'APPEAL_WINDOW_CLOSED';
  if (!context.evaluatorScored) return 'NOT_APPEALABLE';
  if (context.hasOpenAppeal) return 'APPEAL_OPEN';
  return null;
}

export interface AppealLike {
  code: string;
  status: AppealStatus;
  /** when the accepted appeal's score change was made; null until then */
  rescoredAt: string | null;
  filedAt: string;
}

/** An accepted appeal whose score the evaluator has not changed yet. */
export function awaitsRescore(appeal: AppealLike): boolean {
  return appeal.status === 'accepted' && appeal.rescoredAt === null;
}

export interface AppealTally {
  total: number;
  open: number;
  accepted: number;
  rejected: number;
  /** accepted, the score change still to be made */
  awaitingRescore: number;
}

export function tallyAppeals(appeals: readonly AppealLike[]): AppealTally {
  return {
    total: appeals.length,
    open: appeals.filter((a) => a.status === 'open').length,
    accepted: appeals.filter((a) => a.status === 'accepted').length,
    rejected: appeals.filter((a) => a.status === 'rejected').length,
    awaitingRescore: appeals.filter(awaitsRescore).length,
  };
}

/**
 * The appeal that speaks for each item: the open one when there is one, else the latest filed
 * (an item may be appealed again once the earlier appeal is answered).
 */
export function latestAppealByItem<A extends AppealLike>(appeals: readonly A[]): Map<string, A> {
  const byItem = new Map<string, A>();
  for (const appeal of appeals) {
    const held = byItem.get(appeal.code);
    if (
      !held ||
      (held.status !== 'open' && (appeal.status === 'open' || appeal.filedAt > held.filedAt))
    ) {
      byItem.set(appeal.code, appeal);
    }
  }
  return byItem;
}
