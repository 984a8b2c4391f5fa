import type { Overview } from '@rapor/shared/dashboard-schemas';
import type { NationalResult } from '@rapor/shared/national-schemas';
import type { SummaryYear } from '@rapor/shared/schemas';
import { headlineParts } from '@rapor/shared/summary';
import {
  ClosedUnverifiedNote,
  IndexSourceTag,
  PredicateAssumedNote,
} from '../../../components/ui/index-labels';
import { PredicateBadge } from '../../../components/ui/predicate-badge';
import { TargetBaikFigure } from '../../../components/ui/target-baik';
import { useI18n } from '../../../i18n/i18n';
import { formatDelta, formatNumber } from '../../../lib/format';

/** This year's index, predicate and change vs last year, big enough for a projector. */
export function KeyFigures({
  overview,
  year,
  national,
}: {
  overview: Overview;
  year: SummaryYear | undefined;
  /** KemenPANRB's result of a closed year, shown beside the final one once recorded */
  national?: NationalResult;
}) {
  const { t, locale, pick } = useI18n();
  const delta = overview.indexDelta;
  const { answered, total } = overview.completeness;
  const incomplete = overview.standing === 'incomplete';
  // An open year with nothing answered has no index yet: "0,00" would read as a collapse.
  const nothingYet = incomplete && answered === 0;
  return (
    <section className="key-figures" aria-label={t('overview.index', { year: overview.year })}>
      <div className="figure main">
        <span className="label">{t('overview.index', { year: overview.year })}</span>
        <span className="value" data-testid="index-value">
          {nothingYet ? '—' : formatNumber(overview.index, locale)}
        </span>
        <IndexSourceTag source={overview.indexSource} />
        {overview.standing !== 'final' && (
          <span className="tag" data-standing={overview.standing}>
            {t(incomplete ? 'standing.incomplete' : 'overview.provisional')}
          </span>
        )}
        {incomplete && (
          <span className="completeness" data-testid="completeness">
            {t('overview.completeness', { answered, total })}
          </span>
        )}
        <a href="#komponen" className="trace-link">
          {t('area.trace')}
        </a>
      </div>
      <div className="figure">
        <span className="label">{t('overview.predicate')}</span>
        <span data-testid="predicate">
          <PredicateBadge predicate={overview.shownPredicate} large />
        </span>
        {overview.shownPredicate !== null && (
          <PredicateAssumedNote
            assumed={overview.predicateAssumed}
            source={overview.predicateSource}
          />
        )}
        <ClosedUnverifiedNote count={overview.areasClosedUnverified} />
      </div>
      <TargetBaikFigure targets={overview.targetBaik} shownPredicate={overview.shownPredicate} />
      <div className="figure">
        <span className="label">
          {overview.previousYear
            ? t('overview.change', { year: overview.previousYear })
            : t('overview.noPrevious')}
        </span>
        {delta === null && incomplete && overview.previousYear && (
          <span className="muted">{t('overview.noDeltaYet')}</span>
        )}
        {delta !== null && (
          <span
            className={`value delta ${delta > 0 ? 'up' : delta < 0 ? 'down' : ''}`}
            data-testid="index-delta"
          >
            <span aria-hidden="true">{delta > 0 ? '▲ ' : delta < 0 ? '▼ ' : ''}</span>
            {formatDelta(delta, locale)}
          </span>
        )}
        {delta !== null && overview.indexDeltaBasis === 'percent' && (
          <span className="muted delta-basis" data-testid="index-delta-basis">
            {t('overview.deltaAsPercent')}
          </span>
        )}
      </div>
      {national?.recorded && <NationalFigure national={national} />}
      {year &&
        headlineParts(year).map((c) => (
          <div className="figure" key={c.code}>
            <span className="label">{pick(c.name)}</span>
            <span className="value small" data-testid={`component-${c.code}`}>
              {formatNumber(c.points, locale)}{' '}
              <span className="of">/ {formatNumber(c.max, locale, 0)}</span>
            </span>
          </div>
        ))}
    </section>
  );
}

/**
 * KemenPANRB's result beside the ministry's own final one, once the secretariat has recorded
 * its letter (a closed year only); appeals still waiting for an answer are counted.
 */
function NationalFigure({ national }: { national: NationalResult }) {
  const { t, locale } = useI18n();
  const pending = national.appeals.filter((a) => a.outcome === 'pending').length;
  return (
    <div className="figure" data-testid="national-result">
      <span className="label">{t('overview.national')}</span>
      <span className="value small">
        {formatNumber(national.index, locale)} <PredicateBadge predicate={national.predicate} />
      </span>
      <span className="muted">
        {national.letterNumber
          ? t('overview.nationalLetter', { number: national.letterNumber })
          : t('overview.nationalNoLetter')}
        {pending > 0 && ` · ${t('overview.nationalPending', { count: pending })}`}
      </span>
    </div>
  );
}
