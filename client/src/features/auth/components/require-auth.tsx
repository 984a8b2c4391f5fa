import type { Me } from '@rapor/shared/write-schemas';
import { type ReactNode, useRef } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../../../api/get-me';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { SignInDialog } from './sign-in-dialog';

/**
 * Renders its children for a signed-in user; sends anyone else to sign in and back. With
 * `stay`, a session that ends while the page is open is renewed in a dialog over the page
 * (the forum's deck must not be left mid-forum).
 */
export function RequireAuth({ children, stay = false }: { children: ReactNode; stay?: boolean }) {
  const me = useMe();
  const location = useLocation();
  const known = useRef<Me | null>(null);
  if (me.data) known.current = me.data;
  // A failed refetch keeps the user known: an open deck goes on when the server is away.
  if (me.data === undefined) return <QueryState query={me} />;
  if (!me.data) {
    if (stay && known.current) {
      return (
        <>
          {children}
          <SignInDialog username={known.current.username} />
        </>
      );
    }
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${paths.login}?next=${next}`} replace />;
  }
  return children;
}
