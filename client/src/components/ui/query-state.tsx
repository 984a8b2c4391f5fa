import type { UseQueryResult } from '@tanstack/react-query';
import { useErrorText } from '../../hooks/use-error-text';
import { useI18n } from '../../i18n/i18n';

/** Loading and error states of a query, in plain words, with a retry. */
export function QueryState({ query, label }: { query: UseQueryResult<unknown>; label?: string }) {
  const { t } = useI18n();
  const errorOf = useErrorText();
  if (query.isPending) {
    return (
      <div className="state loading" role="status" data-loading aria-live="polite">
        <span className="spinner" aria-hidden="true" /> {label ?? t('state.loading')}
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="state error" role="alert">
        <p className="state-line">
          <strong>{t('state.errorTitle')}</strong>
        </p>
        <p className="state-line">{errorOf(query.error)}</p>
        <button type="button" onClick={() => query.refetch()}>
          {t('state.retry')}
        </button>
      </div>
    );
  }
  return null;
}

export function EmptyState({ children }: { children?: React.ReactNode }) {
  const { t } = useI18n();
  return <p className="state empty">{children ?? t('state.empty')}</p>;
}
