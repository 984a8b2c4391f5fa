import type { AreaCode } from '@rapor/shared/areas';
import { methodChanges, percentDomain } from '@rapor/shared/chart-scales';
import type { DashboardSummary } from '@rapor/shared/schemas';
import { isComparable } from '@rapor/shared/standing';
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
import { AXIS_FONT, COLORS, INCOMPLETE_DOT } from '../../../components/ui/chart-theme';
import { useI18n } from '../../../i18n/i18n';
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
      // an incomplete year counts unanswered items as zero: drawn apart, never joined to the line
      percent: a && isComparable(a.standing) ? a.percent : null,
      incompletePercent: a && !isComparable(a.standing) ? a.percent : null,
      target: a && a.target !== null ? percentOf(a.target, a.max) : null,
    };
  });
  const domain = percentDomain(data.flatMap((d) => [d.percent, d.incompletePercent, d.target]));
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
            14,
            data.at(-1)?.year,
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
              formatter={(v) =>
                v === null || v === undefined ? '' : formatNumber(Number(v), locale, 1)
              }
            />
          </Line>
          <Line
            dataKey="incompletePercent"
            name={t('standing.incomplete')}
            legendType={data.some((d) => d.incompletePercent !== null) ? 'circle' : 'none'}
            // no line (the points stand apart), but a colour for the legend's mark
            stroke={COLORS.axis}
            strokeWidth={0}
            dot={INCOMPLETE_DOT}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="incompletePercent"
              position="top"
              fontSize={14}
              fill={COLORS.axis}
              formatter={(v) =>
                v === null || v === undefined ? '' : `${formatNumber(Number(v), locale, 1)}*`
              }
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
