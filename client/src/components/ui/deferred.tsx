import { type ReactNode, useEffect, useState } from 'react';

/**
 * Draws its children in a task of their own, after the page's first paint: what lies below
 * the fold does not hold up the part on screen (one long task becomes two short ones). It
 * only adds content below, so nothing on screen moves.
 */
export function Deferred({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return ready ? children : null;
}
