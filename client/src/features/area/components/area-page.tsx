import { isAreaCode } from '@rapor/shared/areas';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useItemAppeals } from '../../../api/appeals';
import { useAreaResult } from '../../../api/get-area-result';
import { useFrameworkLabel } from '../../../api/get-frameworks';
import { useHistory } from '../../../api/get-history';
import { useSummary } from '../../../api/get-summary';
import { useNationalResult } from '../../../api/national-result';
import { EvaluatorPoints } from '../../../components/ui/evaluator-points';
import { HistoryList } from '../../../components/ui/history-list';
import { PredicateBadge } from '../../../components/ui/predicate-badge';
import { QueryState } from '../../../components/ui/query-state';
import { ResultStatusTag } from '../../../components/ui/result-status';
import { StandingTag } from '../../../components/ui/standing-tag';
import { paths } from '../../../config/paths';
import { useCan } from '../../../hooks/use-can';
import { useViewParams } from '../../../hooks/use-view-params';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useComparison } from '../api/get-comparison';
import { AchievementsList } from './achievements-list';
import { AreaTrendChart } from './area-trend-chart';
import { RecommendationsSection } from './recommendations-section';
import { ScoreTree } from './score-tree';
import { WaterfallChart } from './waterfall-chart';

/** One area: trend, why it changed, its parts down to each indicator, achievements, recommendations. */
export function AreaPage() {
  const { code = '' } = useParams();
  const { t, locale, pick } = useI18n();
  const frameworkLabel = useFrameworkLabel();
  const can = useCan();
  const { params } = useViewParams();
  const year = params?.year;
  const result = useAreaResult(year, code);
  const comparison = useComparison(year, code);
  const summary = useSummary(params?.from, params?.to);
  const history = useHistory(year, code);
  const [traced, setTraced] = useState<string | null>(null);
  const closed = result.data?.periodState === 'closed';
  const national = useNationalResult(result.data?.year, closed);
  const nationalByItem = useMemo(
    () =>
      new Map(national.data?.recorded ? national.data.items.map((i) => [i.code, i] as const) : []),
    [national.data],
  );
  const { byItem: appealsByItem } = useItemAppeals(result.data);

  if (!isAreaCode(code)) {
    return (
      <div className="page">
        <p className="state empty">{t('state.notFound')}</p>
        <Link to={paths.home}>{t('state.backHome')}</Link>
      </div>
    );
  }
  if (!result.data) return <QueryState query={result} />;
  const r = result.data;
  const search = params?.search ?? '';
  const selectedYear = summary.data?.years.find((y) => y.year === r.year);
  const trace = (nodeCode: string) => {
    setTraced(nodeCode);
    requestAnimationFrame(() =>
      document
        .getElementById(`node-${nodeCode}`)
        ?.scrollIntoView({ behavior: 'smooth', block: 'center' }),
    );
  };

  return (
    <div className="page area">
      <Link to={`${paths.overview}${search}`} className="back">
        {t('area.back')}
      </Link>
      <h1>
        <span className="code">{r.area.code}</span> {pick(r.area.name)}{' '}
        <span className="year">{r.year}</span>
      </h1>
      <p className="muted">
        {frameworkLabel(r.frameworkId)}
        {r.periodState !== 'closed' && can('result.edit', { area: r.area.code }) && (
          <>
            {' · '}
            <Link to={paths.entry(r.year, r.area.code)}>{t('area.toWorksheet')}</Link>
          </>
        )}
        {r.periodState !== 'closed' && can('result.evaluate') && (
          <>
            {' · '}
            <Link to={paths.review(r.year, r.area.code)}>{t('area.toReview')}</Link>
          </>
        )}
        {' · '}
        <Link to={paths.plan(r.year, r.area.code)}>{t('area.toPlan')}</Link>
      </p>

      <section className="key-figures" aria-label={pick(r.area.name)}>
        <div className="figure main">
          <span className="label">{t('unit.percentOfMax')}</span>
          <span className="value" data-testid="area-percent">
            {formatPercent(r.score.percent, locale)}
          </span>
          <StandingTag
            standing={r.score.standing}
            answered={r.score.answered}
            total={r.score.total}
          />
          <span className="muted">
            {t('area.points', {
              points: formatNumber(r.score.points, locale),
              max: formatNumber(r.score.max, locale),
            })}
          </span>
        </div>
        <div className="figure">
          <span className="label">{t('overview.target')}</span>
          <span className="value small">
            {r.target === null ? '—' : formatNumber(r.target, locale)}
          </span>
        </div>
        <div className="figure">
          <span className="label">{t('area.gap')}</span>
          <span className="value small">
            {formatNumber(r.score.selfPoints, locale)} / <EvaluatorPoints score={r.score} />
          </span>
          <span className="muted">
            {t('area.self')} / {t('area.evaluator')}
          </span>
        </div>
        <div className="figure">
          <span className="label">{t('area.status')}</span>
          <ResultStatusTag status={r.status} closedUnverified={r.closedUnverified} />
          <span className="muted">{t(`period.${r.periodState}`)}</span>
        </div>
        {selectedYear && (
          <div className="figure">
            <span className="label">{t('overview.index', { year: r.year })}</span>
            <PredicateBadge predicate={selectedYear.shownPredicate} />
          </div>
        )}
      </section>

      {r.closedUnverified && (
        <p className="note" role="note" data-testid="closed-unverified">
          {t('status.closedUnverifiedWhy', { reason: r.closedUnverified })}
        </p>
      )}
      {r.reviewComment && r.status === 'returned' && (
        <p className="note" role="note">
          <strong>{t('area.reviewComment')}:</strong> {r.reviewComment}
        </p>
      )}
      {r.narrative && (
        <section className="card">
          <h2>{t('area.narrative')}</h2>
          <p className="narrative">{r.narrative}</p>
        </section>
      )}

      <div className="grid-1-1">
        <section className="card">
          <h2>{t('area.trend')}</h2>
          {summary.data ? (
            <AreaTrendChart summary={summary.data} code={code} selectedYear={r.year} />
          ) : (
            <QueryState query={summary} />
          )}
        </section>
        <section className="card">
          <h2>{t('area.why')}</h2>
          {comparison.data ? (
            <WaterfallChart
              comparison={comparison.data}
              onTrace={trace}
              answered={r.score.answered}
              total={r.score.total}
            />
          ) : (
            <QueryState query={comparison} />
          )}
        </section>
      </div>

      <section className="card">
        <h2>{t('area.structure', { year: r.year })}</h2>
        <ScoreTree
          tree={r.tree}
          openCode={traced}
          appeals={appealsByItem}
          national={nationalByItem}
        />
      </section>

      <div className="grid-1-1">
        <section className="card">
          <h2>{t('area.achievements', { year: r.year })}</h2>
          <AchievementsList items={r.achievements} />
        </section>
        <section className="card" id="rekomendasi">
          <RecommendationsSection result={r} />
        </section>
      </div>

      <section className="card">
        <h2>{t('area.history')}</h2>
        {history.data ? (
          <HistoryList entries={history.data.entries} />
        ) : (
          <QueryState query={history} />
        )}
      </section>
    </div>
  );
}
