import { useSyncExternalStore } from 'react';

// The width below which the header folds into a menu (styles.css uses the same figure).
const NARROW = '(max-width: 700px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** A phone-sized screen: charts use short labels so their plot keeps its room. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}
