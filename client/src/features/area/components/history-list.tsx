import type { AuditEntry } from '@rapor/shared/write-schemas';
import { EmptyState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';

export function HistoryList({ entries }: { entries: AuditEntry[] }) {
  const { t, locale } = useI18n();
  if (entries.length === 0) return <EmptyState>{t('area.noHistory')}</EmptyState>;
  const when = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <ol className="history">
      {entries.map((e) => (
        <li key={e.id}>
          <span className="muted">{when.format(new Date(e.at))}</span>{' '}
          <strong>{e.user ?? '—'}</strong> {e.action} {e.entity}{' '}
          <span className="code">{e.entityId}</span>
        </li>
      ))}
    </ol>
  );
}
