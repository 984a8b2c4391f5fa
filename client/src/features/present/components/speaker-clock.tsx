import type { Slide } from '@rapor/shared/forum';
import type { Deck } from '@rapor/shared/forum-schemas';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/i18n';
import {
  formatDuration,
  moveTo,
  type Section,
  sectionTime,
  startTimer,
  togglePause,
  totalTime,
} from '../utils/speaker-timer';

/** Whose floor a slide is: its area's chair, else the secretariat's opening or closing. */
const sectionOf = (slide: Slide | undefined): Section =>
  slide && 'area' in slide ? slide.area : slide?.kind === 'closing' ? 'closing' : 'opening';

/**
 * The presenter's clocks: the speaker's time on the floor (each area's chair in turn), the
 * forum's, and the wall clock; a pause for a break stops the first two.
 */
export function SpeakerClock({ deck, slide }: { deck: Deck; slide: Slide | undefined }) {
  const { t, locale } = useI18n();
  const section = sectionOf(slide);
  const [timer, setTimer] = useState(() => startTimer(section, Date.now()));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  useEffect(() => setTimer((current) => moveTo(current, section, Date.now())), [section]);

  const area = deck.areas.find((a) => a.code === section);
  const speaker = area ? (area.chair ?? area.workingGroup) : t('deck.timer.secretariat');
  const paused = timer.since === null;
  const wall = new Date(now).toLocaleTimeString(locale === 'id' ? 'id-ID' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <div className="speaker-clock">
      <div className="speaker-now">
        <span className="speaker-name">{speaker}</span>
        <span
          className={paused ? 'presenter-timer paused' : 'presenter-timer'}
          role="timer"
          aria-label={t('deck.timer.speaker')}
          data-speaker-time
        >
          {formatDuration(sectionTime(timer, section, now))}
        </span>
      </div>
      <div className="speaker-more">
        <span data-total-time>
          {t('deck.timer.total')} {formatDuration(totalTime(timer, now))}
        </span>
        <span>
          {t('deck.timer.wall')} <time data-wall-clock>{wall}</time>
        </span>
        {paused && <span className="tag warn">{t('deck.timer.paused')}</span>}
        <button type="button" onClick={() => setTimer((c) => togglePause(c, Date.now()))}>
          {paused ? t('deck.timer.resume') : t('deck.timer.pause')}
        </button>
        <button type="button" onClick={() => setTimer(startTimer(section, Date.now()))}>
          {t('deck.resetTimer')}
        </button>
      </div>
    </div>
  );
}
