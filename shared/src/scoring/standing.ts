import type { PeriodState } from '../workflow';
import type { Predicate } from './predicate';

/**
 * How far a year's (or an area's) figures can be read as its result. Every surface (overview,
 * area page, worksheet, deck, PowerPoint, workbook) takes it from here instead of deciding
 * from the period state or the answer counts itself.
 *
 * - final: the period is closed; its figures are the result (an item left unanswered at
 *   closing counts as zero, as decided when the year was closed).
 * - provisional: every item answered, the period still open: the figures may still change.
 * - incomplete: the period open with items unanswered: the figure counts them as zero, which
 *   they are not yet, so it earns no predicate, is drawn apart from the trend and is neither
 *   compared with last year nor explained part by part.
 */
export const STANDINGS = ['final', 'provisional', 'incomplete'] as const;
export type Standing = (typeof STANDINGS)[number];

export interface Completeness {
  answered: number;
  total: number;
}

export function standingOf(periodState: PeriodState, completeness: Completeness): Standing {
  if (periodState === 'closed') return 'final';
  return completeness.answered < completeness.total ? 'incomplete' : 'provisional';
}

/** The predicate a reader is shown: none ("—") while the figure is incomplete. */
export function shownPredicate(predicate: Predicate, standing: Standing): Predicate | null {
  return standing === 'incomplete' ? null : predicate;
}

/** A figure that may be compared with another year's and explained by its parts. */
export function isComparable(standing: Standing): boolean {
  return standing !== 'incomplete';
}
