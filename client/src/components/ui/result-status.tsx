import type { ResultStatus } from '@rapor/shared/workflow';
import { useI18n } from '../../i18n/i18n';

/**
 * An area result's status. One closed with the year before the evaluator verified it says
 * so wherever its status appears, with the secretariat's reason on hover; never plain "Final".
 */
export function ResultStatusTag({
  status,
  closedUnverified,
}: {
  status: ResultStatus;
  closedUnverified?: string | null;
}) {
  const { t } = useI18n();
  if (closedUnverified)
    return (
      <span
        className="status status-unverified"
        title={t('status.closedUnverifiedWhy', { reason: closedUnverified })}
        data-status="closed-unverified"
      >
        {t('status.closedUnverified')}
      </span>
    );
  return <span className={`status status-${status}`}>{t(`status.${status}`)}</span>;
}
