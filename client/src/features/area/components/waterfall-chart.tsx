import type { AreaComparison } from '@rapor/shared/dashboard-schemas';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useFrameworkLabel } from '../../../api/get-frameworks';
import { AXIS_FONT, COLORS, type TooltipBoxProps } from '../../../components/ui/chart-theme';
import { useI18n } from '../../../i18n/i18n';
import { formatDelta, formatNumber, formatPercent } from '../../../lib/format';
import { type WaterfallBar, waterfallBars, waterfallDomain } from '../utils/waterfall-bars';

const FILL = {
  start: COLORS.previous,
  end: COLORS.total,
  up: COLORS.up,
  down: COLORS.down,
} as const;

function StepTooltip({
  active,
  payload,
  steps,
}: TooltipBoxProps & { steps: AreaComparison['steps'] }) {
  const { t, locale, pick } = useI18n();
  const bar = active ? (payload?.[0]?.payload as WaterfallBar | undefined) : undefined;
  if (!bar) return null;
  const step = steps.find((s) => s.code === bar.key);
  const moving = bar.kind === 'up' || bar.kind === 'down';
  return (
    <div className="chart-tooltip">
      <strong>
        {step ? `${step.code} — ${pick(step.name)}` : t('area.start', { year: bar.key })}
      </strong>
      <div>
        {moving ? formatDelta(bar.value, locale) : formatNumber(bar.value, locale)}{' '}
        {t('unit.points')}
      </div>
      {step && (
        <div className="muted">
          {formatNumber(step.fromPoints, locale)} → {formatNumber(step.toPoints, locale)} /{' '}
          {formatNumber(step.weight, locale)} · {t('area.trace')}
        </div>
      )}
    </div>
  );
}

/** Why did it change? Each bar links to the part's indicators below (trace the number). */
export function WaterfallChart({
  comparison,
  onTrace,
  answered,
  total,
}: {
  comparison: AreaComparison;
  onTrace: (code: string) => void;
  /** the area's items answered this year, for the note on an incomplete year */
  answered?: number;
  total?: number;
}) {
  const { t, locale } = useI18n();
  const frameworkLabel = useFrameworkLabel();
  const { from, to } = comparison;

  if (!from) return <p className="muted">{t('area.whyNoPrevious')}</p>;
  if (to.standing === 'incomplete' || from.standing === 'incomplete') {
    return (
      <p className="note" role="note" data-testid="why-incomplete">
        {to.standing === 'incomplete'
          ? t('area.whyIncomplete', {
              year: to.year,
              answered: answered ?? '?',
              total: total ?? '?',
            })
          : t('area.whyIncompleteBefore', { year: from.year, to: to.year })}
      </p>
    );
  }
  if (comparison.methodChanged) {
    return (
      <div className="note method" role="note">
        <p>
          {t('area.whyMethodChanged', {
            from: frameworkLabel(from.framework),
            to: frameworkLabel(to.framework),
            fromPercent: formatPercent(from.percent, locale),
            toPercent: formatPercent(to.percent, locale),
          })}
        </p>
        <div className="percent-compare">
          <span>
            {from.year}: <strong>{formatPercent(from.percent, locale)}</strong>
          </span>
          <span aria-hidden="true">→</span>
          <span>
            {to.year}: <strong>{formatPercent(to.percent, locale)}</strong>
          </span>
          <span className={to.percent >= from.percent ? 'up' : 'down'}>
            ({formatDelta(to.percent - from.percent, locale)})
          </span>
        </div>
      </div>
    );
  }
  const bars = waterfallBars(comparison).map((b) => ({
    ...b,
    label:
      b.kind === 'up' || b.kind === 'down'
        ? formatDelta(b.value, locale)
        : formatNumber(b.value, locale),
  }));

  return (
    <figure className="chart" aria-label={t('area.why')}>
      <ResponsiveContainer width="100%" height={340}>
        <BarChart data={bars} margin={{ top: 28, right: 16, left: 0, bottom: 8 }}>
          <CartesianGrid vertical={false} stroke={COLORS.grid} strokeDasharray="3 3" />
          <XAxis dataKey="key" tick={{ fontSize: 14, fill: COLORS.axis }} interval={0} />
          <YAxis
            domain={waterfallDomain(bars)}
            allowDataOverflow
            tick={{ fontSize: AXIS_FONT, fill: COLORS.axis }}
            width={48}
            tickFormatter={(v) => formatNumber(Number(v), locale, 1)}
          />
          <Tooltip
            content={<StepTooltip steps={comparison.steps} />}
            cursor={{ fill: '#eef2f7' }}
          />
          <Bar
            dataKey="range"
            isAnimationActive={false}
            cursor="pointer"
            onClick={(d) => {
              const bar = d.payload as WaterfallBar;
              if (bar.kind === 'up' || bar.kind === 'down') onTrace(bar.key);
            }}
          >
            {bars.map((b) => (
              <Cell key={b.key} fill={FILL[b.kind]} />
            ))}
            <LabelList
              dataKey="label"
              position="top"
              fontSize={14}
              fontWeight={700}
              fill={COLORS.axis}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="muted">
        {t('area.whyDesc', {
          from: `${from.year} (${formatNumber(from.points, locale)})`,
          to: `${to.year} (${formatNumber(to.points, locale)})`,
        })}
      </figcaption>
    </figure>
  );
}
