import type { Predicate } from '@rapor/shared/predicate';
import type { ItemTarget, TargetBaikSummary } from '@rapor/shared/schemas';
import { useI18n } from '../../i18n/i18n';
import { formatPercent, formatPlainNumber } from '../../lib/format';

/** Why the predicate was lowered (A-, bukan A: n butir di bawah target baik); null if it was not. */
export function useLoweredText(
  shownPredicate: Predicate | null,
  targets: TargetBaikSummary | null | undefined,
): string | null {
  const { t } = useI18n();
  const lowers = targets?.lowers;
  if (!targets || !lowers || shownPredicate !== lowers.becomes) return null;
  return t('targetBaik.lowered', {
    predicate: lowers.predicate,
    becomes: lowers.becomes,
    count: targets.total - targets.met,
  });
}

/**
 * The share of items meeting their target baik (since 2023), with the strongest and weakest
 * against their target, and why the predicate was lowered where it was. Nothing for a year
 * whose method has no targets.
 */
export function TargetBaikFigure({
  targets,
  shownPredicate,
}: {
  targets: TargetBaikSummary | null | undefined;
  shownPredicate: Predicate | null;
}) {
  const { t, pick, locale } = useI18n();
  const lowered = useLoweredText(shownPredicate, targets);
  if (!targets) return null;
  const item = (
    key: 'targetBaik.strongest' | 'targetBaik.weakest',
    i: TargetBaikSummary['strongest'],
  ) =>
    i && i.achievement !== null ? (
      <span className="line" data-testid={key}>
        {t(key, { name: pick(i.name), achievement: formatPercent(i.achievement, locale) })}
      </span>
    ) : null;
  return (
    <div className="figure target-baik" data-testid="target-baik" title={t('targetBaik.why')}>
      <span className="label">{t('targetBaik.title')}</span>
      <span className="value small">
        {targets.met} <span className="of">/ {targets.total}</span>
      </span>
      <span className="line">
        {t('targetBaik.met', { met: targets.met, total: targets.total })}
      </span>
      {targets.unvalued > 0 && (
        <span className="line missed">{t('targetBaik.unvalued', { count: targets.unvalued })}</span>
      )}
      {targets.notApplicable > 0 && (
        <span className="line muted">
          {t('targetBaik.notApplicable', { count: targets.notApplicable })}
        </span>
      )}
      {item('targetBaik.strongest', targets.strongest)}
      {item('targetBaik.weakest', targets.weakest)}
      {lowered && (
        <span className="line missed" data-testid="predicate-lowered">
          {lowered}
        </span>
      )}
    </div>
  );
}

/**
 * One item against its target baik, under its value on every item list (figures, area page,
 * worksheet): the threshold, whether the counting value meets it and how far. A target the
 * source gives but we leave out says so, with why on hover.
 */
export function ItemTargetNote({
  target,
  unresolved,
}: {
  target: ItemTarget | null | undefined;
  unresolved?: string | null;
}) {
  const { t, locale } = useI18n();
  if (!target) {
    if (!unresolved) return null;
    return (
      <div className="target-note muted" title={unresolved} data-testid="target-unresolved">
        {t('targetBaik.unresolved')}
      </div>
    );
  }
  const state = target.achievement === null ? 'none' : target.met ? 'met' : 'missed';
  return (
    <div className={`target-note ${state}`} data-target={state}>
      {t('targetBaik.item', { target: formatPlainNumber(target.target, locale) })}{' '}
      <strong>
        {state === 'none'
          ? t('targetBaik.item.none')
          : t(state === 'met' ? 'targetBaik.item.met' : 'targetBaik.item.missed', {
              achievement: formatPercent(target.achievement ?? 0, locale),
            })}
      </strong>
    </div>
  );
}
