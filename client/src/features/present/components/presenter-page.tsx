import type { SlidePage } from '@rapor/shared/deck-pages';
import { forumNotes } from '@rapor/shared/forum-notes';
import type { Deck } from '@rapor/shared/forum-schemas';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useSessionKeepAlive } from '../../../api/get-me';
import { useCan } from '../../../hooks/use-can';
import { useI18n } from '../../../i18n/i18n';
import { useArrangedDeck } from '../api/deck';
import { useDirectionQueue } from '../api/direction-queue';
import { actionOfKey, clampSlide, slideOfHash } from '../utils/deck-keys';
import { type DeckDialog, DeckDialogs } from './deck-dialogs';
import { type Correction, CorrectionButtons, DirectionCorrection } from './direction-correction';
import {
  type DeckMessage,
  deckChannel,
  PRESENTER_HEARTBEAT_MS,
  useDeckParams,
  useLiveDirections,
} from './present-page';
import { DeckLoading, SlideFrame } from './slide-frame';
import { SlideView } from './slides';
import { SpeakerClock } from './speaker-clock';
import './deck.css';

/** The presenter's second window: this slide and the next, notes and a timer, kept in step. */
export function PresenterPage() {
  const { year, snapshot } = useDeckParams();
  const { deck, slides, notes, pending, ready } = useArrangedDeck(year, snapshot);
  if (!deck || !ready) return <DeckLoading query={pending} />;
  return <PresenterScreen deck={deck} slides={slides} notes={notes} />;
}

function PresenterScreen({
  deck,
  slides,
  notes,
}: {
  deck: Deck;
  slides: readonly SlidePage[];
  notes: Readonly<Record<string, string>> | undefined;
}) {
  const { t, pick } = useI18n();
  const [index, setIndex] = useState(() => slideOfHash(window.location.hash, slides.length));
  // captured here or in the deck: one queue, kept in the browser's storage
  useSessionKeepAlive();
  const queue = useDirectionQueue();
  const live = useLiveDirections(deck.year, queue.pending, true);
  const can = useCan();
  const canCapture = can('direction.create');
  const [dialog, setDialog] = useState<DeckDialog>(null);
  // typed live, corrected here: a typo, the owner, one recorded by mistake
  const canCorrect = can('direction.correct');
  const [correction, setCorrection] = useState<Correction | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const bc = new BroadcastChannel(deckChannel(deck.year));
    const here = () => bc.postMessage({ type: 'presenter', open: true } satisfies DeckMessage);
    const gone = () => bc.postMessage({ type: 'presenter', open: false } satisfies DeckMessage);
    bc.onmessage = (event: MessageEvent<DeckMessage>) => {
      if (event.data.type === 'slide') setIndex(clampSlide(event.data.index, slides.length));
      if (event.data.type === 'ping') here();
      if (event.data.type === 'capture' && canCapture) {
        window.focus();
        setDialog('capture');
        bc.postMessage({ type: 'capture-taken', id: event.data.id } satisfies DeckMessage);
      }
    };
    channel.current = bc;
    here();
    const heartbeat = setInterval(here, PRESENTER_HEARTBEAT_MS);
    window.addEventListener('pagehide', gone);
    return () => {
      clearInterval(heartbeat);
      window.removeEventListener('pagehide', gone);
      gone();
      bc.close();
    };
  }, [deck.year, slides.length, canCapture]);

  const goto = (next: number) => {
    const target = clampSlide(next, slides.length);
    setIndex(target);
    channel.current?.postMessage({ type: 'goto', index: target } satisfies DeckMessage);
  };

  // a layout effect: in place before the new slide is painted, so a key pressed as soon as the
  // counter changes reads that slide, not the one before (a race on a loaded machine)
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // a modal (the sign-in, a correction) has the keys
      if (document.querySelector('dialog[open]')) return;
      if (dialog || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable]')) return;
      const action = actionOfKey(event.key, event.shiftKey);
      if (!action) return;
      // a focused button (the timer's, after a click) keeps Space and Enter; arrows go on
      if (target?.closest('button') && (event.key === ' ' || event.key === 'Enter')) return;
      if (action.type === 'next') goto(index + 1);
      else if (action.type === 'previous') goto(index - 1);
      else if (action.type === 'first') goto(0);
      else if (action.type === 'last') goto(slides.length - 1);
      // the minister's direction is captured here by default: the projected slide stays clean
      else if (action.type === 'capture' && canCapture) setDialog('capture');
      else if (action.type === 'grid') setDialog('grid');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const slide = slides[index];
  const next = slides[index + 1];
  return (
    <div className="presenter-view">
      <title>{t('deck.presenterTitle', { year: deck.year })}</title>
      <h1 className="sr-only">{t('deck.presenterTitle', { year: deck.year })}</h1>
      <section className="presenter-current" aria-label={t('deck.currentSlide')}>
        {slide && (
          <SlideFrame>
            <SlideView deck={deck} slide={slide} index={index} count={slides.length} live={live} />
          </SlideFrame>
        )}
      </section>
      <aside className="presenter-side">
        <div className="presenter-status">
          <span className="deck-counter" data-counter>
            {index + 1} / {slides.length}
          </span>
        </div>
        <SpeakerClock deck={deck} slide={slide} />
        <div className="presenter-actions">
          <button type="button" onClick={() => setDialog('grid')}>
            {t('deck.grid.open')}
          </button>
          {canCapture && (
            <button type="button" onClick={() => setDialog('capture')}>
              {t('deck.capture')}
            </button>
          )}
          {queue.pending.length > 0 && (
            <span className="deck-pending" role="status" data-pending={queue.pending.length}>
              {t('deck.pending', { count: queue.pending.length })}
            </span>
          )}
          {queue.rejected.map((r) => (
            <span key={r.text} className="deck-rejected" role="alert">
              {t('deck.rejected', { text: r.text, message: r.message })}
            </span>
          ))}
        </div>
        <h2>{t('deck.nextSlide')}</h2>
        <div className="presenter-next">
          {next ? (
            <SlideFrame>
              <SlideView
                deck={deck}
                slide={next}
                index={index + 1}
                count={slides.length}
                live={live}
              />
            </SlideFrame>
          ) : (
            <p className="muted">{t('deck.lastSlide')}</p>
          )}
        </div>
        <h2>{t('deck.notes')}</h2>
        <ul className="presenter-notes">
          {slide &&
            forumNotes(deck, slide, notes).map((note) => <li key={note.id}>{pick(note)}</li>)}
          {slide?.kind === 'area-actions' && <li>{t('notes.capture')}</li>}
        </ul>
        {canCorrect && (
          <>
            <h2>{t('deck.thisForum', { count: live.stored.length })}</h2>
            {live.stored.length === 0 ? (
              <p className="muted">{t('deck.thisForumEmpty')}</p>
            ) : (
              <ul className="presenter-directions">
                {live.stored.map((d) => (
                  <li key={d.id} className="presenter-direction">
                    <span>
                      <strong>{d.area ?? t('deck.wholeMinistry')}</strong> {d.text}
                    </span>
                    <span className="presenter-direction-actions">
                      <CorrectionButtons direction={d} onPick={setCorrection} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <div className="presenter-nav">
          <button type="button" onClick={() => goto(index - 1)}>
            ‹ {t('deck.previous')}
          </button>
          <button type="button" onClick={() => goto(index + 1)}>
            {t('deck.next')} ›
          </button>
        </div>
      </aside>
      <DeckDialogs
        open={dialog}
        deck={deck}
        slides={slides}
        index={index}
        onCapture={(input) => queue.enqueue(deck.year, input)}
        onGo={goto}
        onClose={() => setDialog(null)}
      />
      {correction && (
        <DirectionCorrection
          correction={correction}
          onDone={() => {
            setCorrection(null);
            channel.current?.postMessage({ type: 'directions' } satisfies DeckMessage);
          }}
          onCancel={() => setCorrection(null)}
        />
      )}
    </div>
  );
}
