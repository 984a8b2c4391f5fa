import type { AuditEntry } from '@rapor/shared/write-schemas';
import { useI18n } from '../../i18n/i18n';
import { describeEntry } from '../../lib/audit-text';
import { EmptyState } from './query-state';

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
          <span className="muted">{when.format(new Date(e.at))}</span> {(() => {
            const { who, what } = describeEntry(e, t as Parameters<typeof describeEntry>[1]);
            return (
              <>
                <strong>{who}</strong> {what.join('; ')}
              </>
            );
          })()}
        </li>
      ))}
    </ol>
  );
}
