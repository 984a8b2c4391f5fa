import type { SlidePage } from '@rapor/shared/deck-pages';
import { forumNotes } from '@rapor/shared/forum-notes';
import type { Deck } from '@rapor/shared/forum-schemas';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../i18n/i18n';
import { useArrangedDeck } from '../api/deck';
import { useDeckParams, useLiveDirections } from './present-page';
import { DeckLoading } from './slide-frame';
import { SlideView } from './slides';
import './deck.css';

/** Slides on one A4 page: three beside lines for notes, or six in two columns. */
export const HANDOUT_LAYOUTS = [3, 6] as const;
type PerPage = (typeof HANDOUT_LAYOUTS)[number];

/**
 * The deck as handouts for the room: A4 pages of three or six slides (the browser prints them
 * or saves a PDF), the same slides as the deck, the speaker notes under each with three.
 */
export function HandoutPage() {
  const { year, snapshot } = useDeckParams();
  const [search, setSearch] = useSearchParams();
  const per: PerPage = search.get('per') === '6' ? 6 : 3;
  const { deck, slides, notes, pending, ready } = useArrangedDeck(year, snapshot);
  if (!deck || !ready) return <DeckLoading query={pending} />;
  return (
    <Handout
      deck={deck}
      slides={slides}
      notes={notes}
      per={per}
      snapshot={snapshot}
      onPer={(next) => {
        const params = new URLSearchParams(search);
        params.set('per', String(next));
        setSearch(params, { replace: true });
      }}
    />
  );
}

function Handout({
  deck,
  slides,
  notes,
  per,
  snapshot,
  onPer,
}: {
  deck: Deck;
  slides: readonly SlidePage[];
  notes: Readonly<Record<string, string>> | undefined;
  per: PerPage;
  snapshot?: number;
  onPer: (per: PerPage) => void;
}) {
  const { t, pick } = useI18n();
  // the directions captured so far are on the slides, as in the room; none is waiting here
  const live = useLiveDirections(deck.year, [], false);
  const pages = useMemo(() => {
    const out: number[][] = [];
    for (let i = 0; i < slides.length; i += per) {
      out.push(slides.slice(i, i + per).map((_, j) => i + j));
    }
    return out;
  }, [slides, per]);

  return (
    <div className={`handout handout-${per}`}>
      <title>{t('handout.title', { year: deck.year })}</title>
      <nav className="handout-toolbar" aria-label={t('handout.toolbar')}>
        <h1>{t('handout.title', { year: deck.year })}</h1>
        <fieldset className="handout-per">
          <legend>{t('handout.perPage')}</legend>
          {HANDOUT_LAYOUTS.map((n) => (
            <label key={n}>
              <input
                type="radio"
                name="per"
                value={n}
                checked={per === n}
                onChange={() => onPer(n)}
              />{' '}
              {t('handout.slides', { count: n })}
            </label>
          ))}
        </fieldset>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('handout.print')}
        </button>
        <Link to={`${paths.forum}?year=${deck.year}`}>{t('handout.back')}</Link>
        <p className="muted">
          {t('handout.count', { slides: slides.length, pages: pages.length })}
          {snapshot ? ` · ${t('handout.snapshot', { number: snapshot })}` : ''}
        </p>
      </nav>
      {pages.map((indices, p) => (
        <section
          className="handout-page"
          key={indices[0]}
          aria-label={t('handout.page', { n: p + 1, count: pages.length })}
        >
          <header className="handout-head">
            <span>{t('handout.title', { year: deck.year })}</span>
            <span>
              {p + 1} / {pages.length}
            </span>
          </header>
          <div className="handout-grid">
            {indices.map((i) => {
              const slide = slides[i];
              if (!slide) return null;
              return (
                <figure className="handout-item" key={i} data-handout-slide={i + 1}>
                  <div className="handout-slide">
                    <div className="slide-canvas">
                      <SlideView
                        deck={deck}
                        slide={slide}
                        index={i}
                        count={slides.length}
                        live={live}
                      />
                    </div>
                  </div>
                  {per === 3 && (
                    <figcaption className="handout-notes">
                      <ul>
                        {forumNotes(deck, slide, notes).map((note) => (
                          <li key={note.id}>{pick(note)}</li>
                        ))}
                      </ul>
                      <div className="handout-lines" aria-hidden="true" />
                    </figcaption>
                  )}
                </figure>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
