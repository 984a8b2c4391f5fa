import type { SlidePage } from '@rapor/shared/deck-pages';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n';

/** A slide's heading band: its kicker (with the part of a continued slide) and its title. */
export function SlideHeader({
  kicker,
  title,
  aside,
  page,
}: {
  kicker: string;
  title: string;
  aside?: ReactNode;
  /** a slide that continues on others says which part it is */
  page?: SlidePage;
}) {
  const { t } = useI18n();
  return (
    <header className="slide-header">
      <div>
        <p className="kicker">
          {kicker}
          {page && page.of > 1 && (
            <span className="part">
              {' · '}
              {t('deck.part', { n: page.part + 1, of: page.of })}
            </span>
          )}
        </p>
        <h2>{title}</h2>
      </div>
      {aside}
    </header>
  );
}
