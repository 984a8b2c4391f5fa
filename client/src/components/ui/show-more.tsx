import { CARRIED_OVER_PAGE } from '@rapor/shared/schemas';
import { useI18n } from '../../i18n/i18n';
import { FormFeedback } from './form-feedback';

/** Below a list read a page at a time: how many are shown of all, and a button for the next page. */
export function ShowMore({
  list,
}: {
  list: {
    items: readonly unknown[];
    total: number;
    remaining: number;
    loading: boolean;
    error: Error | null;
    showMore: () => void;
  };
}) {
  const { t } = useI18n();
  if (list.remaining === 0 && !list.error) return null;
  return (
    <div className="show-more">
      <p className="muted" role="status">
        {t('list.shownOf', { shown: list.items.length, total: list.total })}
      </p>
      {list.remaining > 0 && (
        <button type="button" onClick={list.showMore} disabled={list.loading}>
          {list.loading
            ? t('list.loading')
            : t('list.showMore', { n: Math.min(CARRIED_OVER_PAGE, list.remaining) })}
        </button>
      )}
      <FormFeedback error={list.error} />
    </div>
  );
}
