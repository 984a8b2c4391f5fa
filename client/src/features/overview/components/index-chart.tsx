import { bandsWithin, indexDomain, methodChanges } from '@rapor/shared/chart-scales';
import { predicateLabel } from '@rapor/shared/predicate';
import type { SummaryYear } from '@rapor/shared/schemas';
import { percentOf } from '@rapor/shared/summary';
import {
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useFrameworkLabel } from '../../../api/get-frameworks';
import { methodChangeMarkers, selectedYearMarker } from '../../../components/ui/chart-markers';
import {
  AXIS_FONT,
  BAND_FILL,
  COLORS,
  INCOMPLETE_DOT,
  type TooltipBoxProps,
} from '../../../components/ui/chart-theme';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { IndexPoint } from '../utils/chart-data';

function IndexTooltip({ active, payload }: TooltipBoxProps) {
  const { t, locale, pick } = useI18n();
  const frameworkLabel = useFrameworkLabel();
  const point = active ? (payload?.[0]?.payload as IndexPoint | undefined) : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <strong>{point.year}</strong>
      <div>
        {t('overview.index', { year: point.year })}:{' '}
        <strong>{formatNumber(point.index ?? point.provisionalIndex ?? 0, locale)}</strong>
      </div>
      {point.provisionalIndex !== null && (
        <div className="warn">{t('overview.incompleteYear', { percent: point.completeness })}</div>
      )}
      <div>
        {t('overview.predicate')}:{' '}
        {point.predicate === null
          ? `— ${t('standing.noPredicate')}`
          : `${point.predicate} — ${pick(predicateLabel(point.predicate))}`}
      </div>
      <div className="muted">
        {t('overview.percentOfMaxScore', {
          percent: formatPercent(
            percentOf(point.index ?? point.provisionalIndex ?? 0, point.maxScore),
            locale,
          ),
          max: formatNumber(point.maxScore, locale, 0),
        })}
      </div>
      <div className="muted">{frameworkLabel(point.framework)}</div>
      {point.provisional && <div className="muted">{t('overview.provisional')}</div>}
    </div>
  );
}

/** Index RB per year over the predicate bands; the method change is marked. Click a year to select it. */
export function IndexChart({
  series,
  bands: rule,
  selectedYear,
  onSelectYear,
}: {
  series: IndexPoint[];
  /** the latest year's predicate bands: the scale the reader is told today */
  bands: SummaryYear['predicateBands'] | undefined;
  selectedYear: number;
  onSelectYear: (year: number) => void;
}) {
  const { t, locale } = useI18n();
  const frameworkLabel = useFrameworkLabel();
  const domain = indexDomain(series.flatMap((p) => [p.index, p.provisionalIndex]));
  const bands = bandsWithin(domain, rule);
  const ticks = [...new Set(bands.flatMap((b) => [b.y1, b.y2]))].sort((a, b) => a - b);

  return (
    <figure className="chart" aria-label={t('overview.indexChart')}>
      <ResponsiveContainer width="100%" height={340}>
        <ComposedChart
          data={series}
          margin={{ top: 30, right: 16, left: 0, bottom: 4 }}
          onClick={(state) => {
            const label = Number(state?.activeLabel);
            if (Number.isFinite(label) && label > 0) onSelectYear(label);
          }}
        >
          {bands.map((b) => (
            <ReferenceArea
              key={b.predicate}
              y1={b.y1}
              y2={b.y2}
              fill={BAND_FILL[b.predicate]}
              fillOpacity={1}
              ifOverflow="hidden"
            />
          ))}
          <CartesianGrid vertical={false} stroke={COLORS.grid} strokeDasharray="3 3" />
          <XAxis
            dataKey="year"
            padding={{ left: 28, right: 28 }}
            tick={{ fontSize: AXIS_FONT, fill: COLORS.axis }}
            tickLine={false}
          />
          <YAxis
            domain={domain}
            ticks={ticks}
            allowDataOverflow
            tick={{ fontSize: AXIS_FONT, fill: COLORS.axis }}
            width={44}
          />
          {/* the predicate of each band, written in the right margin so it never meets a data label */}
          <YAxis
            yAxisId="bands"
            orientation="right"
            domain={domain}
            ticks={bands.map((b) => (b.y1 + b.y2) / 2)}
            tickFormatter={(v: number) =>
              bands.find((b) => (b.y1 + b.y2) / 2 === v)?.predicate ?? ''
            }
            tick={{ fontSize: AXIS_FONT + 1, fill: COLORS.axis, fontWeight: 700 }}
            axisLine={false}
            tickLine={false}
            width={40}
          />
          {/* Recharts draws an axis only for a series bound to it; this one is invisible */}
          <Line
            yAxisId="bands"
            dataKey="index"
            stroke="none"
            dot={false}
            activeDot={false}
            legendType="none"
            isAnimationActive={false}
          />
          {/* at the foot of the chart: the index labels sit above the line, near the top */}
          {methodChangeMarkers(
            methodChanges(series),
            (framework) => t('overview.methodChange', { framework: frameworkLabel(framework) }),
            'insideBottomLeft',
            14,
            series.at(-1)?.year,
          )}
          {selectedYearMarker(selectedYear)}
          <Tooltip content={<IndexTooltip />} />
          <Line
            type="linear"
            dataKey="index"
            stroke={COLORS.current}
            strokeWidth={3}
            dot={{ r: 5, fill: COLORS.current }}
            activeDot={{ r: 8 }}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="index"
              position="top"
              offset={12}
              fontSize={16}
              fontWeight={700}
              fill={COLORS.current}
              formatter={(v) =>
                v === null || v === undefined ? '' : formatNumber(Number(v), locale)
              }
            />
          </Line>
          {/* an open year still being filled in: a hollow point of its own, never joined to the line */}
          <Line
            type="linear"
            dataKey="provisionalIndex"
            stroke="none"
            dot={INCOMPLETE_DOT}
            activeDot={{ r: 8 }}
            legendType="none"
            isAnimationActive={false}
          >
            <LabelList
              dataKey="provisionalIndex"
              position="top"
              offset={12}
              fontSize={14}
              fill={COLORS.axis}
              formatter={(v) =>
                v === null || v === undefined ? '' : `${formatNumber(Number(v), locale)}*`
              }
            />
          </Line>
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption className="muted">{t('overview.indexChartDesc')}</figcaption>
    </figure>
  );
}
