import type { Recommendation } from '@rapor/shared/schemas';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';

/**
 * A recommendation as the forms that act on it show it: status, year, owner, due date, the
 * text and the last follow-up reported.
 */
export function RecommendationSummary({ rec }: { rec: Recommendation }) {
  const { t, locale } = useI18n();
  const last = rec.followUps.at(-1);
  return (
    <>
      <div className="rec-head">
        <span className={`rec-status rec-${rec.status}`}>{t(`rec.${rec.status}`)}</span>
        <span className="muted">
          {rec.year} · {rec.ownerUnit}
          {rec.dueDate && ` · ${t('area.due', { date: formatDate(rec.dueDate, locale) })}`}
        </span>
      </div>
      <p>{rec.text}</p>
      {last && (
        <p className="muted">
          {t('entry.fuLast')}: {last.note}
        </p>
      )}
    </>
  );
}
