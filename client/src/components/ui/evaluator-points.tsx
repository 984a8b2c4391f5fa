import type { AreaResult } from '@rapor/shared/schemas';
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';

/**
 * The area's points by the evaluator's values, or "—" while the evaluator has valued none of
 * the chair's items (the figure would only repeat the self-assessment).
 */
export function EvaluatorPoints({ score }: { score: AreaResult['score'] }) {
  const { t, locale } = useI18n();
  if (score.evaluated === 0)
    return (
      <span title={t('review.notEvaluatedYet')} data-testid="evaluator-points">
        —<span className="sr-only"> {t('review.notEvaluatedYet')}</span>
      </span>
    );
  return <span data-testid="evaluator-points">{formatNumber(score.evaluatorPoints, locale)}</span>;
}
