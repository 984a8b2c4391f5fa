import type { AreaCode } from '@rapor/shared/areas';
import { methodChanges, percentDomain, percentTicks } from '@rapor/shared/chart-scales';
import type { DashboardSummary } from '@rapor/shared/schemas';
import { isComparable, type Standing } from '@rapor/shared/standing';
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
import {
  AXIS_FONT,
  COLORS,
  INCOMPLETE_DOT,
  type TooltipBoxProps,
} from '../../../components/ui/chart-theme';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber, formatPercent } from '../../../lib/format';

interface TrendPoint {
  year: number;
  code: AreaCode;
  framework: string;
  method: string;
  standing: Standing;
  answered: number;
  total: number;
  closedUnverified: boolean;
  /** the area's percent whatever its standing, for the tooltip */
  shownPercent: number | null;
  percent: number | null;
  incompletePercent: number | null;
  target: number | null;
}

/** A year on the line: filled when final, hollow while the period is open (provisional). */
function ProvisionalAwareDot(props: {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: TrendPoint;
}) {
  const { cx, cy, index, payload } = props;
  if (cx === undefined || cy === undefined || cy === null || !payload) return <g key={index} />;
  const open = payload.standing !== 'final';
  return (
    <circle
      key={index}
      cx={cx}
      cy={cy}
      r={5}
      fill={open ? '#fff' : COLORS.current}
      stroke={COLORS.current}
      strokeWidth={2}
      data-standing={payload.standing}
    />
  );
}

/** The hovered year: its percent, how far it can be read (final, provisional, incomplete), target. */
function AreaTrendTooltip({ active, payload }: TooltipBoxProps) {
  const { t, locale } = useI18n();
  const frameworkLabel = useFrameworkLabel();
  const point = active ? (payload?.[0]?.payload as TrendPoint | undefined) : undefined;
  if (!point || point.shownPercent === null) return null;
  return (
    <div className="chart-tooltip">
      <strong>
        {point.year} — {point.code}
      </strong>
      <div>
        {t('unit.percentOfMax')}: <strong>{formatPercent(point.shownPercent, locale)}</strong>
      </div>
      <div className={point.standing === 'incomplete' ? 'warn' : 'muted'}>
        {t(`standing.${point.standing}`)}
        {point.standing === 'incomplete' &&
          ` · ${t('standing.answered', { answered: point.answered, total: point.total })}`}
      </div>
      {point.closedUnverified && <div className="warn">{t('status.closedUnverified')}</div>}
      {point.target !== null && (
        <div>
          {t('overview.target')}: {formatPercent(point.target, locale)}
        </div>
      )}
      <div className="muted">{frameworkLabel(point.framework)}</div>
    </div>
  );
}

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
  const data = summary.years.map((y): TrendPoint => {
    const a = y.areas.find((x) => x.code === code);
    return {
      year: y.year,
      code,
      framework: y.framework,
      method: y.method,
      standing: a?.standing ?? y.standing,
      answered: a?.answered ?? 0,
      total: a?.total ?? 0,
      closedUnverified: a?.closedUnverified != null,
      shownPercent: a?.percent ?? null,
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
            ticks={percentTicks(domain)}
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
          <Tooltip content={<AreaTrendTooltip />} />
          <Legend wrapperStyle={{ fontSize: AXIS_FONT }} />
          <Line
            dataKey="percent"
            name={t('unit.percentOfMax')}
            stroke={COLORS.current}
            strokeWidth={3}
            dot={ProvisionalAwareDot}
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
