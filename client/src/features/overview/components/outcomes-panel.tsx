import { OUTCOME_LABEL } from '@rapor/shared/labels';
import { bpkOpinions, NUMERIC_OUTCOMES, outcomeSeries } from '@rapor/shared/outcomes';
import type { OutcomeFigure } from '@rapor/shared/schemas';
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { COLORS } from '../../../components/ui/chart-theme';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber } from '../../../lib/format';
import type { IndexPoint } from '../utils/chart-data';

function Sparkline({
  data,
  dataKey,
  unit,
}: {
  data: { year: number }[];
  dataKey: string;
  unit: string;
}) {
  const { locale } = useI18n();
  return (
    <ResponsiveContainer width="100%" height={90}>
      <LineChart data={data} margin={{ top: 6, right: 8, left: 8, bottom: 0 }}>
        <XAxis
          dataKey="year"
          tick={{ fontSize: 12, fill: COLORS.axis }}
          tickLine={false}
          interval="preserveStartEnd"
        />
        <YAxis hide domain={['dataMin - 2', 'dataMax + 2']} />
        <Tooltip
          formatter={(v) => `${formatNumber(Number(v), locale)} ${unit}`}
          labelFormatter={(y) => String(y)}
        />
        <Line
          dataKey={dataKey}
          stroke={COLORS.current}
          strokeWidth={2.5}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

/**
 * The Hasil component and the ministry outcome figures of the selected year, each with its
 * trend over the range and its source; a year without the figure says so.
 */
export function OutcomesPanel({
  outcomes,
  series,
  year,
}: {
  outcomes: OutcomeFigure[];
  series: IndexPoint[];
  year: number;
}) {
  const { t, locale, pick } = useI18n();
  // From 2023 there is no Hasil component: the outcome figures count inside RB General.
  const hasil = series.find((p) => p.year === year && p.hasil !== null);
  const opinions = bpkOpinions(outcomes);
  return (
    <div className="outcomes">
      {hasil && (
        <div className="outcome-card">
          <span className="label">{t('overview.hasilComponent')}</span>
          <span className="value">
            {formatNumber(hasil.hasil ?? 0, locale)}{' '}
            <span className="of">/ {formatNumber(hasil.hasilMax ?? 0, locale, 0)}</span>
          </span>
          <span className="source">{hasil.year}</span>
          <Sparkline data={series} dataKey="hasil" unit={t('unit.points')} />
        </div>
      )}
      {NUMERIC_OUTCOMES.map((kind) => {
        const data = outcomeSeries(outcomes, kind);
        if (data.length === 0) return null;
        const shown = data.find((d) => d.year === year);
        return (
          <div className="outcome-card" key={kind} data-testid={`outcome-${kind}`}>
            <span className="label">{pick(OUTCOME_LABEL[kind])}</span>
            <span className="value">
              {shown ? formatNumber(shown.value, locale) : '—'}
              {shown?.unit === '%' ? '%' : ''}
            </span>
            <span className="source">
              {shown
                ? `${shown.year} · ${t(`overview.outcomeSource.${shown.source}`)}`
                : t('overview.noFigureYet', { year })}
            </span>
            <Sparkline data={data} dataKey="value" unit={data.at(-1)?.unit ?? ''} />
          </div>
        );
      })}
      {opinions.length > 0 && (
        <div className="outcome-card wide">
          <span className="label">{pick(OUTCOME_LABEL.bpk_opinion)}</span>
          <ul className="opinions">
            {opinions.map((o) => (
              <li key={o.year} className={o.opinion === 'WTP' ? 'good' : 'warn'}>
                <span className="opinion-year">{o.year}</span>
                <strong>{o.opinion}</strong>
                <span className="source">{t(`overview.outcomeSource.${o.source}`)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
