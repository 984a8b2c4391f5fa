import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';
import { AXIS_FONT, COLORS } from '../../../components/ui/chart-theme';
import { useI18n } from '../../../i18n/i18n';
import { formatPercent } from '../../../lib/format';
import type { AreaBar } from '../utils/chart-data';

export function AreaRadar({
  bars,
  year,
  previousYear,
}: {
  bars: AreaBar[];
  year: number;
  previousYear: number | null;
}) {
  const { t, locale } = useI18n();
  return (
    <figure className="chart" aria-label={t('overview.radar')}>
      <ResponsiveContainer width="100%" height={420}>
        <RadarChart data={bars} outerRadius="72%">
          <PolarGrid stroke={COLORS.grid} />
          <PolarAngleAxis
            dataKey="code"
            tick={{ fontSize: AXIS_FONT + 1, fill: COLORS.axis, fontWeight: 700 }}
          />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={6}
            tick={{ fontSize: 12, fill: COLORS.axis }}
            angle={90}
          />
          {previousYear && (
            <Radar
              name={String(previousYear)}
              dataKey="previous"
              stroke={COLORS.previous}
              fill={COLORS.previous}
              fillOpacity={0.15}
              strokeWidth={2}
              isAnimationActive={false}
            />
          )}
          <Radar
            name={String(year)}
            dataKey="current"
            stroke={COLORS.current}
            fill={COLORS.current}
            fillOpacity={0.25}
            strokeWidth={3}
            isAnimationActive={false}
          />
          <Tooltip formatter={(v) => formatPercent(Number(v), locale)} />
          <Legend wrapperStyle={{ fontSize: AXIS_FONT }} />
        </RadarChart>
      </ResponsiveContainer>
    </figure>
  );
}
