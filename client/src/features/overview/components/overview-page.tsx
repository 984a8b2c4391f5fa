import { QueryState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import { useViewParams } from '../../shell/hooks/use-view-params';
import { useOutcomes } from '../api/get-outcomes';
import { useOverview } from '../api/get-overview';
import { useSummary } from '../api/get-summary';
import { areaBars, indexSeries } from '../utils/chart-data';
import { AreaBars } from './area-bars';
import { AreaRadar } from './area-radar';
import { ComponentsTable } from './components-table';
import { IndexChart } from './index-chart';
import { KeyFigures } from './key-figures';
import { Movers } from './movers';
import { OutcomesPanel } from './outcomes-panel';
import { RecommendationsPanel } from './recommendations-panel';

export function OverviewPage() {
  const { t } = useI18n();
  const { params, set } = useViewParams();
  const summary = useSummary(params?.from, params?.to);
  const overview = useOverview(params?.year);
  const outcomes = useOutcomes(params?.from, params?.to);

  if (!params) return <p className="state loading">{t('state.loading')}</p>;
  const { search } = params;
  const series = summary.data ? indexSeries(summary.data) : [];
  const selected = summary.data?.years.find((y) => y.year === params.year);

  return (
    <div className="page overview">
      <h1>{t('overview.title', { year: params.year })}</h1>
      {overview.data ? (
        <KeyFigures overview={overview.data} year={selected} />
      ) : (
        <QueryState query={overview} />
      )}

      <section className="card">
        <h2>{t('overview.indexChart')}</h2>
        {summary.data ? (
          <IndexChart
            series={series}
            selectedYear={params.year}
            onSelectYear={(year) => set({ year })}
          />
        ) : (
          <QueryState query={summary} />
        )}
      </section>

      {overview.data ? (
        <div className="grid-2-1">
          <section className="card">
            <h2>{t('overview.areasChart')}</h2>
            <AreaBars
              bars={areaBars(overview.data)}
              framework={overview.data.framework}
              year={overview.data.year}
              previousYear={overview.data.previousYear}
              search={search}
            />
          </section>
          <section className="card">
            <h2>{t('overview.radar')}</h2>
            <AreaRadar
              bars={areaBars(overview.data)}
              year={overview.data.year}
              previousYear={overview.data.previousYear}
            />
          </section>
        </div>
      ) : (
        <QueryState query={overview} />
      )}

      {overview.data && (
        <div className="grid-1-1">
          <section className="card">
            <h2>{t('overview.movers')}</h2>
            <Movers overview={overview.data} search={search} />
          </section>
          <section className="card">
            <h2>{t('overview.recommendations')}</h2>
            <RecommendationsPanel overview={overview.data} search={search} />
          </section>
        </div>
      )}

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

      {selected && (
        <section className="card">
          <ComponentsTable year={selected} search={search} />
        </section>
      )}
    </div>
  );
}
