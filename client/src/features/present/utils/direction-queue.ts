import type { DirectionInput } from '@rapor/shared/forum-schemas';
import { ApiError } from '../../../lib/api-client';
import { QUEUE_KEY } from '../../../lib/offline-deck';

// Directions captured during the forum wait here until the server has them: the list lives in
// localStorage, so a reload or a dropped network loses nothing, and each one carries the
// clientId that makes sending it twice harmless.

export interface QueuedDirection {
  year: number;
  input: DirectionInput;
  queuedAt: string;
}

/** What to do after a send: done, try again later, or give up and tell the user why. */
export type SendOutcome = 'sent' | 'retry' | 'rejected';

export function outcomeOf(error: unknown): SendOutcome {
  if (!(error instanceof ApiError)) return 'retry';
  // no answer, the server overloaded or restarting, or the session to be renewed: try again
  if (error.status === 0 || error.status >= 500 || error.status === 401 || error.status === 429)
    return 'retry';
  return 'rejected';
}

export function readQueue(storage: Pick<Storage, 'getItem'>): QueuedDirection[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(QUEUE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as QueuedDirection[]) : [];
  } catch {
    return [];
  }
}

export function writeQueue(storage: Pick<Storage, 'setItem'>, queue: readonly QueuedDirection[]) {
  storage.setItem(QUEUE_KEY, JSON.stringify(queue));
}

export const withoutDirection = (queue: readonly QueuedDirection[], clientId: string) =>
  queue.filter((q) => q.input.clientId !== clientId);
