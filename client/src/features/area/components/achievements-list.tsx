import type { Achievement } from '@rapor/shared/schemas';
import { EmptyState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import { formatDate, formatNumber } from '../../../lib/format';

export function AchievementsList({ items }: { items: Achievement[] }) {
  const { t, locale } = useI18n();
  if (items.length === 0) return <EmptyState>{t('area.noAchievements')}</EmptyState>;
  return (
    <ul className="cards">
      {items.map((a) => (
        <li key={a.id} className="item-card">
          <span className={`kind kind-${a.kind}`}>{t(`kind.${a.kind}`)}</span>
          <strong>{a.title}</strong>
          {a.date && <span className="muted">{formatDate(a.date, locale)}</span>}
          {a.description && <p>{a.description}</p>}
          {a.metric && (
            <p className="metric">
              {a.metric.label}: <strong>{formatNumber(a.metric.value, locale)}</strong>{' '}
              {a.metric.unit ?? ''}
            </p>
          )}
          {a.evidence.map((e) => (
            <a key={e.url} href={e.url} target="_blank" rel="noreferrer noopener">
              {e.label}
            </a>
          ))}
        </li>
      ))}
    </ul>
  );
}
