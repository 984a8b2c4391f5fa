import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../i18n/i18n';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

/**
 * Shows a 1920 × 1080 slide scaled to fit its box, as slide software does: every size inside
 * is fixed, so type and charts keep their proportions on a projector, a laptop or a preview.
 */
export function SlideFrame({ children, label }: { children: ReactNode; label?: string }) {
  const box = useRef<HTMLElement>(null);
  const [scale, setScale] = useState(0);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const fit = () =>
      setScale(
        Math.min(element.clientWidth / SLIDE_WIDTH, element.clientHeight / SLIDE_HEIGHT) || 0,
      );
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <section className="slide-box" ref={box} aria-label={label}>
      <div
        className="slide-scaled"
        style={{
          width: SLIDE_WIDTH * scale,
          height: SLIDE_HEIGHT * scale,
        }}
      >
        <div
          className="slide-canvas"
          style={{ transform: `scale(${scale})`, visibility: scale > 0 ? 'visible' : 'hidden' }}
        >
          {children}
        </div>
      </div>
    </section>
  );
}

/** The deck still loading (or failed to): on the deck's dark stage, in every deck window. */
export function DeckLoading({ query }: { query: UseQueryResult<unknown> }) {
  const { t } = useI18n();
  return (
    <div className="deck-loading">
      <QueryState query={query} />
      {/* a deck that cannot open (no period that year, a snapshot gone) is no dead end */}
      {query.isError && (
        <p>
          <Link to={paths.forum}>{t('deck.backToForum')}</Link>
        </p>
      )}
    </div>
  );
}
