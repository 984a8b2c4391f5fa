import type { SlidePage } from '@rapor/shared/deck-pages';
import { slideKey } from '@rapor/shared/forum';
import type { Deck } from '@rapor/shared/forum-schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useSessionKeepAlive } from '../../../api/get-me';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../i18n/i18n';
import type { QueuedDirection } from '../../../lib/direction-store';
import { useDirections } from '../../../lib/directions-api';
import { queryKeys } from '../../../lib/query-keys';
import { useArrangedDeck } from '../api/deck';
import { useDirectionQueue } from '../api/direction-queue';
import {
  actionOfKey,
  clampSlide,
  DIGIT_TIMEOUT_MS,
  hashOfSlide,
  slideOfHash,
} from '../utils/deck-keys';
import { type DeckDialog, DeckDialogs } from './deck-dialogs';
import { DeckLoading, SlideFrame } from './slide-frame';
import { type LiveDirections, SlideView } from './slides';
import './deck.css';
import { useCan } from '../../../hooks/use-can';

/** Messages between the deck and its presenter view (a second window of the same browser). */
export type DeckMessage =
  | { type: 'slide'; index: number }
  | { type: 'goto'; index: number }
  /** a direction was corrected or withdrawn in the other window: read them again */
  | { type: 'directions' }
  /** the deck asks whether a presenter window is open; the presenter window says so */
  | { type: 'ping' }
  | { type: 'presenter'; open: boolean }
  /** A pressed on the projected deck: the presenter window opens the capture form */
  | { type: 'capture'; id: number }
  /** the presenter window opened that form (silent, the deck opens it itself) */
  | { type: 'capture-taken'; id: number };
export const deckChannel = (year: number) => `rapor-deck-${year}`;
/** The presenter window says it is open this often; silent for longer, it is taken as closed. */
export const PRESENTER_HEARTBEAT_MS = 2_000;
const PRESENTER_SILENCE_MS = 2.5 * PRESENTER_HEARTBEAT_MS;
/**
 * A presenter window closed without a goodbye (a crash, a killed window) can still look open:
 * the deck waits this long for it to take a capture, then opens the form over the slide.
 */
const CAPTURE_HANDOFF_MS = 600;

export function useDeckParams() {
  const { year: yearText } = useParams();
  const [search] = useSearchParams();
  const snapshotText = search.get('snapshot');
  return {
    year: Number(yearText),
    snapshot: snapshotText ? Number(snapshotText) : undefined,
  };
}

/**
 * This forum's directions: those the server has, and those still waiting in the queue. Only
 * the deck sends the queue; the presenter view just reads it.
 */
export function useLiveDirections(
  year: number,
  pending: readonly QueuedDirection[],
  markPending: boolean,
): LiveDirections {
  const directions = useDirections({ year });
  return {
    markPending,
    stored: directions.data?.directions ?? [],
    pending: pending
      .filter((q) => q.year === year)
      .map((q) => ({ text: q.input.text, owner: q.input.owner, area: q.input.area })),
  };
}

export function PresentPage() {
  const { t } = useI18n();
  const { year, snapshot } = useDeckParams();
  const { deck, slides, pending, ready } = useArrangedDeck(year, snapshot);
  if (!deck || !ready) return <DeckLoading query={pending} />;
  return (
    <>
      <title>{t('deck.pageTitle', { year })}</title>
      <DeckScreen deck={deck} slides={slides} snapshot={snapshot} />
    </>
  );
}

function DeckScreen({
  deck,
  slides,
  snapshot,
}: {
  deck: Deck;
  slides: readonly SlidePage[];
  snapshot?: number;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const can = useCan();
  const canCapture = can('direction.create');
  const [index, setIndex] = useState(() => slideOfHash(window.location.hash, slides.length));
  const [digits, setDigits] = useState('');
  const [blank, setBlank] = useState<'black' | 'white' | null>(null);
  // a slide number not followed by Enter is forgotten: "1", a pause, "9" is 9, not 19
  useEffect(() => {
    if (!digits) return;
    const timer = setTimeout(() => setDigits(''), DIGIT_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [digits]);
  const [dialog, setDialog] = useState<DeckDialog>(null);
  useSessionKeepAlive();
  const queue = useDirectionQueue();
  // the projected slide never shows what is still waiting to be sent
  const live = useLiveDirections(deck.year, queue.pending, false);
  const channel = useRef<BroadcastChannel | null>(null);
  const presenterWindow = useRef<Window | null>(null);
  // when the presenter window last said it is open (it repeats it while open)
  const presenterSeen = useRef(0);
  // a capture handed to the presenter window, until it says it took it
  const handoff = useRef<{ id: number; timer: ReturnType<typeof setTimeout> } | null>(null);
  // full screen is the projection: nothing but the slide (no toolbar, no pointer)
  const [kiosk, setKiosk] = useState(false);
  useEffect(() => {
    const onChange = () => setKiosk(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const go = useCallback(
    (next: number) => setIndex(clampSlide(next, slides.length)),
    [slides.length],
  );

  // A direction recorded for an earlier area can give that area a continuation slide, and so
  // move every later slide one on: the deck stays on the slide it shows.
  const shown = useRef<SlidePage | undefined>(undefined);
  useEffect(() => {
    const was = shown.current;
    if (!was) return;
    const same = (s: SlidePage) => slideKey(s) === slideKey(was);
    const at = slides.findIndex((s) => same(s) && s.part === was.part);
    const moved = at >= 0 ? at : slides.findIndex(same);
    if (moved >= 0) setIndex(moved);
  }, [slides]);
  useEffect(() => {
    shown.current = slides[index];
  }, [slides, index]);

  useEffect(() => {
    window.history.replaceState(null, '', hashOfSlide(index));
    channel.current?.postMessage({ type: 'slide', index } satisfies DeckMessage);
  }, [index]);

  useEffect(() => {
    const onHash = () => go(slideOfHash(window.location.hash, slides.length));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [go, slides.length]);

  useEffect(() => {
    const bc = new BroadcastChannel(deckChannel(deck.year));
    bc.onmessage = (event: MessageEvent<DeckMessage>) => {
      if (event.data.type === 'goto') go(event.data.index);
      if (event.data.type === 'directions')
        void client.invalidateQueries({ queryKey: queryKeys.allDirections });
      if (event.data.type === 'presenter') presenterSeen.current = event.data.open ? Date.now() : 0;
      if (event.data.type === 'capture-taken' && event.data.id === handoff.current?.id) {
        clearTimeout(handoff.current.timer);
        handoff.current = null;
      }
    };
    bc.postMessage({ type: 'ping' } satisfies DeckMessage);
    channel.current = bc;
    return () => bc.close();
  }, [deck.year, go, client]);

  const slide = slides[index] ?? slides[0];

  const openPresenter = useCallback(() => {
    presenterWindow.current = window.open(
      `${paths.presenter(deck.year, snapshot)}${hashOfSlide(index)}`,
      'rapor-presenter',
      'popup,width=1366,height=820',
    );
  }, [deck.year, snapshot, index]);

  // with a presenter window open, the form opens there: the room sees only the slide
  const capture = useCallback(() => {
    if (!canCapture) return;
    const open =
      Date.now() - presenterSeen.current < PRESENTER_SILENCE_MS && !presenterWindow.current?.closed;
    if (!open) return setDialog('capture');
    if (handoff.current) clearTimeout(handoff.current.timer);
    const id = Date.now();
    handoff.current = {
      id,
      timer: setTimeout(() => {
        handoff.current = null;
        presenterSeen.current = 0;
        setDialog('capture');
      }, CAPTURE_HANDOFF_MS),
    };
    channel.current?.postMessage({ type: 'capture', id } satisfies DeckMessage);
    presenterWindow.current?.focus();
  }, [canCapture]);
  useEffect(() => () => clearTimeout(handoff.current?.timer), []);

  // a layout effect: the handler that reads `index` is in place before the slide it shows is
  // painted, so a key pressed as soon as the counter changes never acts on the slide before
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // a modal (the sign-in, a correction) has the keys
      if (document.querySelector('dialog[open]')) return;
      if (dialog || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable]')) return;
      const action = actionOfKey(event.key, event.shiftKey);
      if (!action) return;
      // Buttons keep Space and Enter for themselves when focused.
      if (target?.closest('button') && (event.key === ' ' || event.key === 'Enter')) return;
      event.preventDefault();
      // any move brings the slide back from a blank screen
      if (action.type !== 'blank') setBlank(null);
      switch (action.type) {
        case 'blank':
          return setBlank((b) => (b === action.color ? null : action.color));
        case 'next':
          return go(index + 1);
        case 'previous':
          return go(index - 1);
        case 'first':
          return go(0);
        case 'last':
          return go(slides.length - 1);
        case 'digit':
          return setDigits((d) => (d + action.digit).slice(-3));
        case 'jump':
          if (digits) go(Number(digits) - 1);
          return setDigits('');
        case 'fullscreen':
          if (document.fullscreenElement) void document.exitFullscreen();
          else void document.documentElement.requestFullscreen?.().catch(() => undefined);
          return;
        case 'leave':
          if (digits) return setDigits('');
          return navigate(`${paths.forum}?year=${deck.year}`);
        case 'presenter':
          return openPresenter();
        case 'capture':
          return capture();
        case 'grid':
          return setDialog('grid');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, capture, digits, go, index, navigate, openPresenter, slides.length, deck.year]);

  return (
    <div className={kiosk ? 'deck deck-kiosk' : 'deck'} data-deck>
      <h1 className="sr-only">{t('deck.pageHeading', { year: deck.year })}</h1>
      <main className="deck-stage" aria-live="polite">
        {blank && (
          <div
            className={`deck-blank deck-blank-${blank}`}
            data-blank={blank}
            role="img"
            aria-label={t('deck.blanked')}
          />
        )}
        {slide && (
          <SlideFrame label={t('deck.slideLabel', { n: index + 1, count: slides.length })}>
            <SlideView deck={deck} slide={slide} index={index} count={slides.length} live={live} />
          </SlideFrame>
        )}
      </main>
      <nav
        className="deck-toolbar"
        aria-label={t('deck.toolbar')}
        // a click on the toolbar leaves the focus with the slide, so Space and Enter go on
        // driving the deck (a focused button would take them)
        onMouseDown={(e) => {
          if ((e.target as HTMLElement).closest('button')) e.preventDefault();
        }}
      >
        <button type="button" onClick={() => go(index - 1)} aria-label={t('deck.previous')}>
          ‹
        </button>
        <span className="deck-counter" data-counter>
          {index + 1} / {slides.length}
        </span>
        <button type="button" onClick={() => go(index + 1)} aria-label={t('deck.next')}>
          ›
        </button>
        {digits && (
          <span className="deck-jump" role="status">
            {t('deck.jumpTo', { n: digits })}
          </span>
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
        <button type="button" onClick={() => setDialog('grid')}>
          {t('deck.grid.open')}
        </button>
        {canCapture && (
          <button type="button" onClick={capture}>
            {t('deck.capture')}
          </button>
        )}
        <button type="button" onClick={openPresenter}>
          {t('deck.presenterView')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('deck.print')}
        </button>
        <button type="button" onClick={() => navigate(`${paths.forum}?year=${deck.year}`)}>
          {t('deck.leave')}
        </button>
      </nav>
      <DeckDialogs
        open={dialog}
        deck={deck}
        slides={slides}
        index={index}
        onCapture={(input) => queue.enqueue(deck.year, input)}
        onGo={go}
        onClose={() => setDialog(null)}
      />
      <PrintDeck deck={deck} slides={slides} live={live} />
    </div>
  );
}

/**
 * Every slide, one per landscape page, for the browser's print (or "save as PDF"). Mounted
 * once the deck is on screen, so opening the deck does not wait for nineteen slides.
 */
function PrintDeck({
  deck,
  slides,
  live,
}: {
  deck: Deck;
  slides: readonly SlidePage[];
  live: LiveDirections;
}) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 300);
    return () => clearTimeout(timer);
  }, []);
  if (!ready) return null;
  return (
    <div className="print-deck" aria-hidden="true">
      {slides.map((slide, i) => (
        <div className="print-page" key={`${slideKey(slide)}-${slide.part}`}>
          <SlideView deck={deck} slide={slide} index={i} count={slides.length} live={live} />
        </div>
      ))}
    </div>
  );
}
