import type { SlidePage } from '@rapor/shared/deck-pages';
import type { Deck } from '@rapor/shared/forum-schemas';
import { CONTINUED_LABEL } from '@rapor/shared/labels';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n';

/**
 * G: every slide by name, the areas' under their names, to jump to one when the agenda moves
 * ("SDM next"). Enter or a click goes there; Escape or G closes it. Opened by the presenter,
 * over the deck, with the current slide focused.
 */
export function SlideGrid({
  deck,
  slides,
  current,
  onGo,
  onClose,
}: {
  deck: Deck;
  slides: readonly SlidePage[];
  current: number;
  onGo: (index: number) => void;
  onClose: () => void;
}) {
  const { t, pick } = useI18n();
  const here = useRef<HTMLButtonElement>(null);
  useEffect(() => here.current?.focus(), []);
  // the ministry's slides first, then each area's under its name, in the deck's order
  const groups: {
    key: string;
    title: string | null;
    items: { slide: SlidePage; index: number }[];
  }[] = [];
  slides.forEach((slide, index) => {
    const area = 'area' in slide ? deck.areas.find((a) => a.code === slide.area) : undefined;
    const key = area ? area.code : 'deck';
    const last = groups.at(-1);
    if (last?.key === key) last.items.push({ slide, index });
    else
      groups.push({
        key,
        // the opening slides need no heading; the closing one comes after the areas
        title: area
          ? `${area.code} · ${pick(area.name)}`
          : groups.length > 0
            ? t('deck.grid.closing')
            : null,
        items: [{ slide, index }],
      });
  });
  return (
    <div className="capture-backdrop">
      <div
        className="slide-grid"
        role="dialog"
        aria-modal="true"
        aria-labelledby="slide-grid-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === 'g' || e.key === 'G') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id="slide-grid-title">{t('deck.grid.heading')}</h2>
        <div className="slide-grid-groups">
          {groups.map((g) => (
            <section
              key={`${g.key}-${g.items[0]?.index}`}
              aria-label={g.title ?? t('deck.grid.deck')}
            >
              {g.title && <h3>{g.title}</h3>}
              <ul>
                {g.items.map(({ slide, index }) => (
                  <li key={index}>
                    <button
                      type="button"
                      ref={index === current ? here : undefined}
                      aria-current={index === current ? 'true' : undefined}
                      onClick={() => onGo(index)}
                    >
                      <span className="slide-grid-number">{index + 1}</span>{' '}
                      {t(`deck.grid.${slide.kind}`)}
                      {slide.part > 0 && ` ${pick(CONTINUED_LABEL)}`}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <p className="muted">{t('deck.grid.hint')}</p>
      </div>
    </div>
  );
}
