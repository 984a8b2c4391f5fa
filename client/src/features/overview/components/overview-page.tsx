import { lazy, Suspense } from 'react';
import { useSummary } from '../../../api/get-summary';
import { useNationalResult } from '../../../api/national-result';
import { Deferred } from '../../../components/ui/deferred';
import { QueryState } from '../../../components/ui/query-state';
import { useViewParams } from '../../../hooks/use-view-params';
import { useI18n } from '../../../i18n/i18n';
import { useOutcomes } from '../api/get-outcomes';
import { useOverview } from '../api/get-overview';
import { areaBars, indexSeries } from '../utils/chart-data';
import { AreaBars } from './area-bars';
import { AreaRadar } from './area-radar';
import { ComponentsTable } from './components-table';
import { IndexChart } from './index-chart';
import { KeyFigures } from './key-figures';
import { Movers } from './movers';
import { OutcomesPanel } from './outcomes-panel';
import { RecommendationsPanel } from './recommendations-panel';

// below the charts and only for years with plans: loaded apart from the page's first bytes
const ActionPlansCard = lazy(() =>
  import('./action-plans-panel').then((m) => ({ default: m.ActionPlansCard })),
);

export function OverviewPage() {
  const { t } = useI18n();
  const { params, set } = useViewParams();
  const summary = useSummary(params?.from, params?.to);
  const overview = useOverview(params?.year);
  const outcomes = useOutcomes(params?.from, params?.to);
  // KemenPANRB's result beside the final one: a closed year only
  const national = useNationalResult(overview.data?.year, overview.data?.standing === 'final');

  if (!params) return <p className="state loading">{t('state.loading')}</p>;
  // The page is drawn once its two main answers are in: drawn piece by piece, each chart
  // arriving would push the rest down the screen.
  if (!summary.data || !overview.data) {
    return (
      <div className="page overview">
        <h1>{t('overview.title', { year: params.year })}</h1>
        <QueryState query={overview.data ? summary : overview} />
      </div>
    );
  }
  const { search } = params;
  const view = overview.data;
  const series = indexSeries(summary.data);
  // While another year loads, the last one stays on screen (dimmed): the heading and the key
  // figures name the year whose numbers they show, never the one still on its way.
  const selected = summary.data.years.find((y) => y.year === view.year);

  const updating = overview.isPlaceholderData || summary.isPlaceholderData;
  return (
    <div className={updating ? 'page overview updating' : 'page overview'} aria-busy={updating}>
      <h1>{t('overview.title', { year: view.year })}</h1>
      <KeyFigures overview={view} year={selected} national={national.data} />

      <section className="card">
        <h2>{t('overview.indexChart')}</h2>
        <IndexChart
          series={series}
          bands={summary.data.years.at(-1)?.predicateBands}
          selectedYear={params.year}
          onSelectYear={(year) => set({ year })}
        />
      </section>

      <Deferred>
        <div className="grid-2-1">
          <section className="card">
            <h2>{t('overview.areasChart')}</h2>
            <AreaBars
              bars={areaBars(view)}
              framework={view.framework}
              year={view.year}
              previousYear={view.previousYear}
              search={search}
            />
          </section>
          <section className="card">
            <h2>{t('overview.radar')}</h2>
            <Deferred>
              <AreaRadar bars={areaBars(view)} year={view.year} previousYear={view.previousYear} />
            </Deferred>
          </section>
        </div>
      </Deferred>
      <Deferred>
        <div className="grid-1-1">
          <section className="card">
            <h2>{t('overview.movers')}</h2>
            <Movers overview={view} search={search} />
          </section>
          <section className="card">
            <h2>{t('overview.recommendations')}</h2>
            <RecommendationsPanel overview={view} search={search} />
          </section>
        </div>
      </Deferred>
      <Deferred>
        <Suspense fallback={null}>
          <ActionPlansCard year={view.year} framework={view.framework} />
        </Suspense>
      </Deferred>
      <Deferred>
        <section className="card">
          <h2>
            {t(
              selected?.components.some((c) => c.code === 'HASIL')
                ? 'overview.hasil'
                : 'overview.outcomes',
            )}
          </h2>
          {outcomes.data ? (
            <OutcomesPanel outcomes={outcomes.data.outcomes} series={series} year={params.year} />
          ) : (
            <QueryState query={outcomes} />
          )}
        </section>
      </Deferred>
      <Deferred>
        {selected && (
          <section className="card">
            <ComponentsTable year={selected} search={search} />
          </section>
        )}
      </Deferred>
    </div>
  );
}
