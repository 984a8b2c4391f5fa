import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../../../api/get-me';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';

/** Renders its children for a signed-in user; sends anyone else to sign in and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  // A failed refetch keeps the user known: an open deck goes on when the server is away.
  if (me.data === undefined) return <QueryState query={me} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${paths.login}?next=${next}`} replace />;
  }
  return children;
}
