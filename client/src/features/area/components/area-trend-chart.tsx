import type { AreaCode } from '@rapor/shared/areas';
import type { DashboardSummary } from '@rapor/shared/schemas';
import { percentOf } from '@rapor/shared/summary';
import {
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useFrameworkLabel } from '../../../api/get-frameworks';
import { methodChangeMarkers, selectedYearMarker } from '../../../components/ui/chart-markers';
import { AXIS_FONT, COLORS } from '../../../components/ui/chart-theme';
import { useI18n } from '../../../i18n/i18n';
import { methodChanges, percentDomain } from '../../../lib/chart-scales';
import { formatNumber, formatPercent } from '../../../lib/format';

/** The area's percent of max per year against its target; the method change is marked. */
export function AreaTrendChart({
  summary,
  code,
  selectedYear,
}: {
  summary: DashboardSummary;
  code: AreaCode;
  selectedYear: number;
}) {
  const { t, locale } = useI18n();
  const frameworkLabel = useFrameworkLabel();
  const data = summary.years.map((y) => {
    const a = y.areas.find((x) => x.code === code);
    return {
      year: y.year,
      framework: y.framework,
      method: y.method,
      percent: a?.percent ?? null,
      target: a && a.target !== null ? percentOf(a.target, a.max) : null,
    };
  });
  const domain = percentDomain(data.flatMap((d) => [d.percent, d.target]));
  return (
    <figure className="chart" aria-label={t('area.trend')}>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={data} margin={{ top: 28, right: 32, left: 0, bottom: 4 }}>
          <CartesianGrid vertical={false} stroke={COLORS.grid} strokeDasharray="3 3" />
          <XAxis dataKey="year" tick={{ fontSize: AXIS_FONT, fill: COLORS.axis }} />
          <YAxis
            domain={domain}
            ticks={Array.from(
              { length: (domain[1] - domain[0]) / 10 + 1 },
              (_, i) => domain[0] + i * 10,
            )}
            tickFormatter={(v) => `${v}%`}
            tick={{ fontSize: AXIS_FONT, fill: COLORS.axis }}
            width={52}
          />
          {methodChangeMarkers(
            methodChanges(data),
            // A narrow chart: the regulation alone; the caption says what the dashed line is.
            (framework) => frameworkLabel(framework).replace(/^PermenPANRB\s*/, ''),
            'insideBottomLeft',
          )}
          {selectedYearMarker(selectedYear)}
          <Tooltip
            formatter={(v, name) => [formatPercent(Number(v), locale), name]}
            labelFormatter={(y) => `${y} — ${code}`}
          />
          <Legend wrapperStyle={{ fontSize: AXIS_FONT }} />
          <Line
            dataKey="percent"
            name={t('unit.percentOfMax')}
            stroke={COLORS.current}
            strokeWidth={3}
            dot={{ r: 5 }}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="percent"
              position="top"
              fontSize={15}
              fontWeight={700}
              fill={COLORS.current}
              formatter={(v) => formatNumber(Number(v), locale, 1)}
            />
          </Line>
          <Line
            dataKey="target"
            name={t('overview.target')}
            stroke={COLORS.target}
            strokeWidth={2}
            strokeDasharray="5 4"
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="muted">{t('area.trendDesc')}</figcaption>
    </figure>
  );
}
