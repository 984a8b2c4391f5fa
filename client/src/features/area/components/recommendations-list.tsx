import type { Recommendation } from '@rapor/shared/schemas';
import { EmptyState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';

export function RecommendationsList({ items }: { items: Recommendation[] }) {
  const { t, locale } = useI18n();
  if (items.length === 0) return <EmptyState>{t('area.noRecs')}</EmptyState>;
  return (
    <ul className="recs">
      {items.map((r) => (
        <li key={r.id} className="item-card">
          <div className="rec-head">
            <span className={`rec-status rec-${r.status}`}>{t(`rec.${r.status}`)}</span>
            <span className="muted">
              {r.year} · {r.ownerUnit} · {t(`priority.${r.priority}`)}
            </span>
            {r.dueDate && (
              <span className={r.overdue ? 'warn' : 'muted'}>
                {t('area.due', { date: formatDate(r.dueDate, locale) })}
                {r.overdue && ` — ${t('area.overdue')}`}
              </span>
            )}
          </div>
          <p>{r.text}</p>
          {r.followUps.length > 0 && (
            <ol className="follow-ups">
              {r.followUps.map((f) => (
                <li key={f.id}>
                  <span className="muted">{formatDate(f.date, locale)}</span>{' '}
                  <span className={`rec-status rec-${f.status}`}>{t(`rec.${f.status}`)}</span>{' '}
                  {f.note}
                  {f.by && <span className="muted"> — {f.by}</span>}
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ul>
  );
}
