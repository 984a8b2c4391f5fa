import { type Action, type Context, may } from '@rapor/shared/permissions';
import { useMe } from '../api/get-me';

/**
 * What the signed-in user may do, asked of the shared permission table with the context the
 * screen knows (area, period state, status): controls and links show only where it says yes.
 * The server decides again on every request.
 */
export function useCan(): (action: Action, context?: Context) => boolean {
  const me = useMe().data;
  return (action, context) => may(me, action, context);
}
