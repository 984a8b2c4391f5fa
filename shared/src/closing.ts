import type { AreaCode } from './areas';
import { isVerified, type ResultStatus } from './workflow';

// Closing a year makes every result final. An area the evaluator has not verified may still be
// closed, but only as a decision the secretariat states: each such area named, with a reason,
// and the area says "closed without verification" from then on. Closing never hides that five
// areas were never submitted.

/** An area that is not verified when the year is to close, and what it still lacks. */
export interface PendingArea {
  area: AreaCode;
  status: ResultStatus;
  /** codes of the area's items with no answer (they count as zero once closed) */
  unanswered: string[];
}

export interface ClosingException {
  area: AreaCode;
  reason: string;
}

/** The areas closing must name as exceptions: every one not verified by the evaluator. */
export function pendingAreas(areas: readonly PendingArea[]): PendingArea[] {
  return areas.filter((a) => !isVerified(a.status));
}

/**
 * How the exceptions given fall short of the pending areas: areas not named (the close is
 * refused) and areas named that need no exception (a mistake in the request).
 */
export function exceptionGaps(
  pending: readonly PendingArea[],
  exceptions: readonly ClosingException[],
): { missing: AreaCode[]; needless: AreaCode[] } {
  const named = new Set(exceptions.map((e) => e.area));
  const needed = new Set(pending.map((p) => p.area));
  return {
    missing: pending.filter((p) => !named.has(p.area)).map((p) => p.area),
    needless: exceptions.filter((e) => !needed.has(e.area)).map((e) => e.area),
  };
}
