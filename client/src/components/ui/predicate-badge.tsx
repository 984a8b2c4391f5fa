import { type Predicate, predicateLabel } from '@rapor/shared/predicate';
import { useI18n } from '../../i18n/i18n';

/**
 * The predicate written out, never colour alone. `null` is the predicate of an incomplete
 * figure (shared/scoring/standing.ts): "—", saying why, never the band of a partial index.
 */
export function PredicateBadge({
  predicate,
  large = false,
}: {
  predicate: Predicate | null;
  large?: boolean;
}) {
  const { t, pick } = useI18n();
  if (predicate === null) {
    return (
      <span className={`predicate predicate-none${large ? ' large' : ''}`} data-predicate="none">
        <strong>—</strong> <span className="why">{t('standing.noPredicate')}</span>
      </span>
    );
  }
  return (
    <span
      className={`predicate predicate-${predicate.toLowerCase()}${large ? ' large' : ''}`}
      data-predicate={predicate}
    >
      <strong>{predicate}</strong> {pick(predicateLabel(predicate))}
    </span>
  );
}
