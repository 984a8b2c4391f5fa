import { AREA_CODES } from '@rapor/shared/areas';
import { useId, useState } from 'react';
import { useUsers } from '../../../api/users';
import { EmptyState, QueryState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import { describeEntry } from '../../../lib/audit-text';
import { formatDateTime } from '../../../lib/format';
import { type AuditFilter, useAudit, useAuditChain } from '../api/audit';

const ACTIONS = [
  'create',
  'update',
  'delete',
  'return',
  'upload',
  'deactivate',
  'reset-password',
  'exclude',
  'sign-in',
  'sign-in-failed',
  'sign-in-throttled',
  'sign-out-everywhere',
] as const;

/** The audit trail for the secretariat: who did what, when, filtered by person, area, action and date. */
export function AuditPage() {
  const { t, locale } = useI18n();
  const users = useUsers().data?.users ?? [];
  const [filter, setFilter] = useState<AuditFilter>({});
  const audit = useAudit(filter);
  const entries = audit.data?.pages.flatMap((p) => p.entries) ?? [];
  const ids = { user: useId(), area: useId(), action: useId(), from: useId(), to: useId() };
  const set = (key: keyof AuditFilter, value: string) =>
    setFilter((f) => ({ ...f, [key]: value || undefined }));
  // Dates are whole days in the ministry's time (WIB, UTC+7).
  const day = (date: string, end: boolean) =>
    date ? `${date}T${end ? '23:59:59' : '00:00:00'}+07:00` : '';
  return (
    <div className="page">
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.lead')}</p>
      <ChainState />
      <section className="card audit-filters" aria-label={t('audit.filters')}>
        <label htmlFor={ids.user}>{t('audit.who')}</label>
        <select
          id={ids.user}
          value={filter.user ?? ''}
          onChange={(e) => set('user', e.target.value)}
        >
          <option value="">{t('audit.all')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.username}>
              {u.displayName} ({u.username})
            </option>
          ))}
        </select>
        <label htmlFor={ids.area}>{t('users.area')}</label>
        <select
          id={ids.area}
          value={filter.area ?? ''}
          onChange={(e) => set('area', e.target.value)}
        >
          <option value="">{t('audit.all')}</option>
          {AREA_CODES.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
        <label htmlFor={ids.action}>{t('audit.action')}</label>
        <select
          id={ids.action}
          value={filter.action ?? ''}
          onChange={(e) => set('action', e.target.value)}
        >
          <option value="">{t('audit.all')}</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`audit.actions.${a}`)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.from}>{t('audit.from')}</label>
        <input
          id={ids.from}
          type="date"
          onChange={(e) => set('from', day(e.target.value, false))}
        />
        <label htmlFor={ids.to}>{t('audit.to')}</label>
        <input id={ids.to} type="date" onChange={(e) => set('to', day(e.target.value, true))} />
      </section>
      <section className="card" aria-labelledby="audit-list">
        <h2 id="audit-list">{t('audit.entries')}</h2>
        {!audit.data ? (
          <QueryState query={audit} />
        ) : entries.length === 0 ? (
          <EmptyState>{t('audit.none')}</EmptyState>
        ) : (
          <ol className="history">
            {entries.map((e) => {
              const { who, what } = describeEntry(e, t as Parameters<typeof describeEntry>[1]);
              return (
                <li key={e.id}>
                  <span className="muted">{formatDateTime(e.at, locale)}</span>{' '}
                  <strong>{who}</strong> {what.join('; ')}
                  {e.scope && <span className="muted"> · {e.scope.replace('/', ' ')}</span>}
                </li>
              );
            })}
          </ol>
        )}
        {audit.hasNextPage && (
          <button
            type="button"
            onClick={() => void audit.fetchNextPage()}
            disabled={audit.isFetchingNextPage}
          >
            {audit.isFetchingNextPage ? t('state.loading') : t('audit.older')}
          </button>
        )}
      </section>
    </div>
  );
}

/**
 * The state of the trail's hash chain: intact (with its count and head, and the signed
 * checkpoint it was checked against, which shows a trail cut short), or where it breaks.
 */
function ChainState() {
  const { t, locale } = useI18n();
  const chain = useAuditChain();
  if (!chain.data) return <QueryState query={chain} />;
  const state = chain.data;
  const count = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB');
  if (!state.ok) {
    return (
      <p className="card chain-broken" role="alert" data-testid="audit-chain">
        <strong>
          {state.brokenAt > 0
            ? t('audit.chain.broken', { id: state.brokenAt })
            : t('audit.chain.brokenWhole')}
        </strong>{' '}
        {state.reason}. {t('audit.chain.brokenHelp')}
      </p>
    );
  }
  if (state.head === null) {
    return (
      <p className="chain-ok muted" data-testid="audit-chain">
        {state.entries === 0
          ? t('audit.chain.empty')
          : t('audit.chain.unchained', { n: count.format(state.unchained) })}
      </p>
    );
  }
  return (
    <p className="chain-ok muted" data-testid="audit-chain">
      {t('audit.chain.ok', {
        entries: count.format(state.entries),
        head: state.head.slice(0, 16),
      })}
      {state.unchained > 0 &&
        ` ${t('audit.chain.unchained', { n: count.format(state.unchained) })}`}{' '}
      {state.checkpoint
        ? t('audit.chain.checkpoint', {
            at: formatDateTime(state.checkpoint.at, locale),
            entries: count.format(state.checkpoint.entries),
          })
        : t('audit.chain.noCheckpoint')}
    </p>
  );
}
