import { type Predicate, predicateLabel } from '@rapor/shared/predicate';
import { useI18n } from '../../i18n/i18n';

/** The predicate written out, never colour alone. */
export function PredicateBadge({
  predicate,
  large = false,
}: {
  predicate: Predicate;
  large?: boolean;
}) {
  const { pick } = useI18n();
  return (
    <span className={`predicate predicate-${predicate.toLowerCase()}${large ? ' large' : ''}`}>
      <strong>{predicate}</strong> {pick(predicateLabel(predicate))}
    </span>
  );
}
