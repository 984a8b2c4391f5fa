import { recommendationAsOf } from '@rapor/shared/recommendations';
import type { AreaResult } from '@rapor/shared/schemas';
import { useState } from 'react';
import { useCarriedOver } from '../../../api/carried-over';
import { ShowMore } from '../../../components/ui/show-more';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';
import { RecommendationsList } from './recommendations-list';

/**
 * This year's recommendations and the follow-up of earlier ones. A closed year shows them as
 * they stood when the period closed (what the forum saw); today's status is one click away.
 */
export function RecommendationsSection({ result }: { result: AreaResult }) {
  const { t, locale } = useI18n();
  const { year, recommendations } = result;
  const { asOf } = recommendations;
  const carriedOver = useCarriedOver(result);
  const [view, setView] = useState<'closed' | 'today'>('closed');
  const shown =
    asOf && view === 'closed'
      ? (r: AreaResult['recommendations']['issued'][number]) => recommendationAsOf(r, asOf)
      : null;
  const issued = shown ? recommendations.issued.map(shown) : recommendations.issued;
  const carried = shown ? carriedOver.items.map(shown) : carriedOver.items;
  return (
    <>
      {asOf && (
        <fieldset className="segmented" aria-label={t('rec.view')}>
          <button type="button" aria-pressed={view === 'closed'} onClick={() => setView('closed')}>
            {t('rec.asOfClose', { date: formatDate(asOf, locale) })}
          </button>
          <button type="button" aria-pressed={view === 'today'} onClick={() => setView('today')}>
            {t('rec.asOfToday')}
          </button>
        </fieldset>
      )}
      <h2>{t('area.recsIssued', { year })}</h2>
      <RecommendationsList items={issued} />
      <h2>{t('area.recsCarried')}</h2>
      <RecommendationsList items={carried} />
      <ShowMore list={carriedOver} />
    </>
  );
}
