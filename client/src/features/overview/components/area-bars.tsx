import { areaName } from '@rapor/shared/areas';
import { useNavigate } from 'react-router';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AXIS_FONT, COLORS, type TooltipBoxProps } from '../../../components/ui/chart-theme';
import { paths } from '../../../config/paths';
import { useNarrowScreen } from '../../../hooks/use-narrow-screen';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { AreaBar } from '../utils/chart-data';

type AreaDatum = AreaBar & { name: string };

function AreaTooltip({
  active,
  payload,
  year,
  previousYear,
}: TooltipBoxProps & { year: number; previousYear: number | null }) {
  const { t, locale } = useI18n();
  const bar = active ? (payload?.[0]?.payload as AreaDatum | undefined) : undefined;
  if (!bar) return null;
  return (
    <div className="chart-tooltip">
      <strong>
        {bar.code} — {bar.name}
      </strong>
      <div>
        {year}: <strong>{formatPercent(bar.current, locale)}</strong> {t('unit.percentOfMax')}
      </div>
      {bar.previous !== null && previousYear && (
        <div>
          {previousYear}: {formatPercent(bar.previous, locale)}
        </div>
      )}
      {bar.target !== null && (
        <div>
          {t('overview.target')}: {formatPercent(bar.target, locale)}
        </div>
      )}
      <div className="muted">{t('area.trace')}</div>
    </div>
  );
}

/** The eight areas in percent of max: this year, last year, target. A bar leads to the area page. */
export function AreaBars({
  bars,
  year,
  previousYear,
  search,
  framework,
}: {
  framework: string;
  bars: AreaBar[];
  year: number;
  previousYear: number | null;
  search: string;
}) {
  const { t, locale, pick } = useI18n();
  const navigate = useNavigate();
  const narrow = useNarrowScreen();
  // An area with unanswered indicators is drawn pale and says so: its low bar is missing
  // answers, not a fall.
  const data = bars.map((b) => ({
    ...b,
    name: pick(areaName(b.code, framework)),
    // on a phone the pale bar alone marks it: the words would take the plot's room
    label:
      b.complete || narrow
        ? formatNumber(b.current, locale, 1)
        : `${formatNumber(b.current, locale, 1)} (${t('overview.incompleteArea')})`,
  }));
  const open = (code: string) => navigate(`${paths.area(code)}${search}`);

  return (
    <figure className="chart" aria-label={t('overview.areasChart')}>
      <ResponsiveContainer width="100%" height={520}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{
            top: 4,
            right: narrow || data.every((d) => d.complete) ? 48 : 170,
            left: 8,
            bottom: 4,
          }}
          barGap={2}
          barCategoryGap="18%"
        >
          <CartesianGrid horizontal={false} stroke={COLORS.grid} strokeDasharray="3 3" />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 20, 40, 60, 80, 100]}
            tick={{ fontSize: AXIS_FONT, fill: COLORS.axis }}
            tickFormatter={(v) => `${v}%`}
          />
          <YAxis
            type="category"
            dataKey={narrow ? 'code' : 'name'}
            width={narrow ? 44 : 250}
            tick={{ fontSize: AXIS_FONT, fill: COLORS.axis }}
            tickLine={false}
            interval={0}
          />
          <Tooltip
            content={<AreaTooltip year={year} previousYear={previousYear} />}
            cursor={{ fill: '#eef2f7' }}
          />
          <Legend verticalAlign="top" height={32} wrapperStyle={{ fontSize: AXIS_FONT }} />
          {previousYear && (
            <Bar
              dataKey="previous"
              name={String(previousYear)}
              fill={COLORS.previous}
              onClick={(d) => open((d.payload as AreaBar).code)}
              cursor="pointer"
              isAnimationActive={false}
            />
          )}
          <Bar
            dataKey="current"
            name={String(year)}
            fill={COLORS.current}
            onClick={(d) => open((d.payload as AreaBar).code)}
            cursor="pointer"
            isAnimationActive={false}
          >
            {data.map((d) => (
              <Cell key={d.code} fillOpacity={d.complete ? 1 : 0.35} />
            ))}
            <LabelList
              dataKey="label"
              position="right"
              fontSize={15}
              fontWeight={700}
              fill={COLORS.current}
            />
          </Bar>
          <Bar
            dataKey="target"
            name={t('overview.target')}
            fill={COLORS.target}
            onClick={(d) => open((d.payload as AreaBar).code)}
            cursor="pointer"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="muted">{t('overview.areasChartDesc')}</figcaption>
    </figure>
  );
}
