import { useI18n } from '../../i18n/i18n';

/**
 * Says where a year's index can be trusted from: "data demo" or "angka terbit" for a seeded
 * year (nothing for a year entered in the app), with what that means on hover.
 */
export function IndexSourceTag({ source }: { source: 'published' | 'demo' | null | undefined }) {
  const { t } = useI18n();
  if (!source) return null;
  return (
    <span
      className={`tag source-${source}`}
      data-source={source}
      title={source === 'demo' ? t('label.indexSource.why') : undefined}
    >
      {t(`label.indexSource.${source}`)}
    </span>
  );
}

/**
 * Marks a predicate read by a rule that is not the regulation's published text (assumed, or
 * read from a secondary source), with where the rule comes from on hover.
 */
export function PredicateAssumedNote({
  assumed,
  source,
}: {
  assumed: boolean | undefined;
  source: string | undefined;
}) {
  const { t } = useI18n();
  if (!assumed) return null;
  return (
    <span
      className="basis assumed"
      data-testid="predicate-assumed"
      title={t('label.predicateAssumed.why', { source: source ?? '—' })}
    >
      {t('label.predicateAssumed')}
    </span>
  );
}

/** Beside a closed year's predicate: areas the secretariat closed without the evaluator. */
export function ClosedUnverifiedNote({ count }: { count: number }) {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <span
      className="basis closed-unverified"
      data-testid="areas-closed-unverified"
      title={t('label.closedUnverified.why')}
    >
      {t('periods.closedUnverified', { count })}
    </span>
  );
}
