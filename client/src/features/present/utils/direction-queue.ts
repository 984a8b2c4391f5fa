import { ApiError } from '../../../lib/api-client';

/** What to do after a send: done, try again later, or give up and tell the user why. */
export type SendOutcome = 'sent' | 'retry' | 'rejected';

export function outcomeOf(error: unknown): SendOutcome {
  if (!(error instanceof ApiError)) return 'retry';
  // no answer, the server overloaded or restarting, or the session to be renewed: try again
  if (error.status === 0 || error.status >= 500 || error.status === 401 || error.status === 429)
    return 'retry';
  return 'rejected';
}
