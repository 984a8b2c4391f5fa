import {
  bandsWithin,
  bandTicks,
  indexDomain,
  methodChanges,
  PART_BANDS,
  type PartBand,
  partBand,
  percentDomain,
  percentTicks,
} from '@rapor/shared/chart-scales';
import type { Deck, DeckArea } from '@rapor/shared/forum-schemas';
import { wrapText } from '@rapor/shared/slide-budget';
import { isComparable } from '@rapor/shared/standing';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Line,
  ReferenceArea,
  XAxis,
  YAxis,
} from 'recharts';
import { methodChangeMarkers } from '../../../components/ui/chart-markers';
import { BAND_FILL, COLORS } from '../../../components/ui/chart-theme';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber } from '../../../lib/format';

// Charts drawn at the slide's own size (1920 × 1080 logical pixels, scaled as a whole), with
// type large enough for the back of the room. No animation: a slide is complete when shown.

const TICK = { fontSize: 26, fill: '#111' };
/** A white edge around a value label: readable where the target line or a marker runs under it. */
const HALO = { stroke: '#fff', strokeWidth: 8, paintOrder: 'stroke' } as const;

export function DeckIndexChart({
  deck,
  width,
  height,
}: {
  deck: Deck;
  width: number;
  height: number;
}) {
  const { t, locale } = useI18n();
  const data = deck.trend.map((y) => ({
    ...y,
    // an incomplete year counts unanswered items as zero: a hollow point apart from the line
    index: isComparable(y.standing) ? y.index : null,
    incompleteIndex: isComparable(y.standing) ? null : y.index,
  }));
  const domain = indexDomain(deck.trend.map((y) => y.index));
  return (
    <ComposedChart
      width={width}
      height={height}
      data={data}
      margin={{ top: 30, right: 40, bottom: 10, left: 10 }}
      role="img"
      aria-label={t('deck.indexChart')}
    >
      {bandsWithin(domain, deck.predicateBands).map((b) => (
        <ReferenceArea
          key={b.predicate}
          y1={b.y1}
          y2={b.y2}
          fill={BAND_FILL[b.predicate]}
          fillOpacity={1}
          ifOverflow="hidden"
          label={{ value: b.predicate, position: 'insideLeft', fontSize: 24, fill: '#333' }}
        />
      ))}
      <CartesianGrid stroke={COLORS.grid} vertical={false} />
      <XAxis dataKey="year" tick={TICK} tickMargin={12} padding={{ left: 40, right: 40 }} />
      <YAxis domain={domain} ticks={bandTicks(domain)} tick={TICK} width={70} />
      {methodChangeMarkers(
        methodChanges(deck.trend),
        (framework) => deck.trend.find((y) => y.framework === framework)?.method ?? framework,
        'insideTopLeft',
        22,
        deck.trend.at(-1)?.year,
      )}
      <Line
        dataKey="index"
        stroke={COLORS.current}
        strokeWidth={6}
        dot={{ r: 9, fill: COLORS.current }}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="index"
          position="top"
          offset={16}
          fontSize={26}
          fontWeight={700}
          fill="#111"
          {...HALO}
          formatter={(v: unknown) => (v === null ? '' : formatNumber(Number(v), locale))}
        />
      </Line>
      {incompletePoint('incompleteIndex', (v) => formatNumber(v, locale))}
    </ComposedChart>
  );
}

/** The hollow, dashed point of an incomplete figure, labelled with an asterisk, never joined. */
function incompletePoint(dataKey: string, format: (v: number) => string) {
  return (
    <Line
      dataKey={dataKey}
      stroke="none"
      dot={{ r: 10, fill: '#fff', stroke: COLORS.current, strokeWidth: 4, strokeDasharray: '5 3' }}
      legendType="none"
      isAnimationActive={false}
    >
      <LabelList
        dataKey={dataKey}
        position="top"
        offset={16}
        fontSize={24}
        fill="#444"
        {...HALO}
        formatter={(v: unknown) => (v === null || v === undefined ? '' : `${format(Number(v))}*`)}
      />
    </Line>
  );
}

export function AreaHistoryChart({
  area,
  width,
  height,
}: {
  area: DeckArea;
  width: number;
  height: number;
}) {
  const { t, locale } = useI18n();
  const data = area.history.map((h) => ({
    ...h,
    percent: isComparable(h.standing) ? h.percent : null,
    incompletePercent: isComparable(h.standing) ? null : h.percent,
  }));
  // zoomed to the data, the target always inside
  const domain = percentDomain(area.history.flatMap((h) => [h.percent, h.targetPercent]));
  return (
    <ComposedChart
      width={width}
      height={height}
      data={data}
      margin={{ top: 40, right: 40, bottom: 10, left: 10 }}
      role="img"
      aria-label={t('deck.areaHistory')}
    >
      <CartesianGrid stroke={COLORS.grid} vertical={false} />
      <XAxis dataKey="year" tick={TICK} tickMargin={12} padding={{ left: 40, right: 40 }} />
      <YAxis domain={domain} ticks={percentTicks(domain)} tick={TICK} width={90} unit="%" />
      {methodChangeMarkers(
        methodChanges(data),
        // the regulation's number alone fits beside the last years
        (framework) =>
          (data.find((y) => y.framework === framework)?.method ?? framework).replace(
            'PermenPANRB ',
            '',
          ),
        'insideTopLeft',
        22,
        data.at(-1)?.year,
      )}
      <Line
        dataKey="targetPercent"
        name={t('deck.target')}
        stroke={COLORS.target}
        strokeWidth={4}
        strokeDasharray="12 8"
        dot={{ r: 6, fill: COLORS.target }}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        dataKey="percent"
        name={t('deck.percentOfMax')}
        stroke={COLORS.current}
        strokeWidth={6}
        dot={{ r: 9, fill: COLORS.current }}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="percent"
          position="top"
          offset={16}
          fontSize={24}
          fontWeight={700}
          fill="#111"
          {...HALO}
          formatter={(v: unknown) => (v === null ? '' : formatNumber(Number(v), locale, 1))}
        />
      </Line>
      {incompletePoint('incompletePercent', (v) => formatNumber(v, locale, 1))}
    </ComposedChart>
  );
}

/** The colours of the part bands (the slide's legend says which is which). */
export const PART_COLOR: Record<PartBand | 'none', string> = {
  high: COLORS.up,
  mid: COLORS.current,
  low: COLORS.down,
  none: '#8a94a6',
};

export function PartsChart({
  parts,
  width,
  height,
}: {
  parts: DeckArea['parts'];
  width: number;
  height: number;
}) {
  const { t, pick, locale } = useI18n();
  const data = parts.map((p) => ({
    ...p,
    label: pick(p.name),
    shown: p.complete ? `${formatNumber(p.percent, locale, 0)}%` : t('deck.notAnswered'),
  }));
  const font = data.length > 6 ? 22 : 24;
  // each bar's band holds this many lines of its label
  const band = (height - 20 - 40) / Math.max(1, data.length);
  const lines = Math.max(1, Math.min(3, Math.floor(band / (font * 1.15))));
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      layout="vertical"
      margin={{ top: 10, right: 170, bottom: 10, left: 10 }}
      role="img"
      aria-label={t('deck.parts')}
    >
      <CartesianGrid stroke={COLORS.grid} horizontal={false} />
      <XAxis type="number" domain={[0, 100]} ticks={[0, 50, 100]} tick={TICK} unit="%" />
      <YAxis
        type="category"
        dataKey="label"
        width={LABEL_WIDTH + 20}
        tick={(props: TickProps) => <WrappedTick {...props} font={font} lines={lines} />}
        interval={0}
      />
      {/* minPointSize: an empty bar still carries its label ("belum diisi", or 0%) */}
      <Bar
        dataKey="percent"
        isAnimationActive={false}
        barSize={data.length > 6 ? 34 : 48}
        minPointSize={3}
      >
        {data.map((d) => (
          <Cell key={d.code} fill={PART_COLOR[d.complete ? partBand(d.percent) : 'none']} />
        ))}
        <LabelList dataKey="shown" position="right" fontSize={24} fontWeight={700} fill="#111" />
      </Bar>
    </BarChart>
  );
}

const LABEL_WIDTH = 400;
type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/**
 * A bar's name on as many lines as its band holds, right-aligned against the axis; only a name
 * longer than that ends in "…" (the full name is the slide's notes and the area page's).
 */
function WrappedTick({ x, y, payload, font, lines }: TickProps & { font: number; lines: number }) {
  const words = wrapText(String(payload?.value ?? ''), LABEL_WIDTH, font);
  const shown = words.slice(0, lines);
  if (words.length > lines) shown[lines - 1] = `${shown[lines - 1]} …`;
  const top = Number(y) - ((shown.length - 1) * font * 1.15) / 2;
  return (
    <text x={Number(x) - 8} y={top} textAnchor="end" fontSize={font} fill="#111">
      {shown.map((line, i) => (
        <tspan key={line} x={Number(x) - 8} dy={i === 0 ? '0.35em' : `${font * 1.15}px`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** What the part bars' colours mean. */
export function PartsLegend() {
  const { t } = useI18n();
  const [high, mid] = PART_BANDS;
  return (
    <p className="legend" data-legend="parts">
      <span className="swatch bar" style={{ background: PART_COLOR.high }} /> ≥ {high.atLeast}%
      <span className="swatch bar" style={{ background: PART_COLOR.mid }} /> {mid.atLeast}–
      {high.atLeast}%
      <span className="swatch bar" style={{ background: PART_COLOR.low }} /> &lt; {mid.atLeast}%
      <span className="swatch bar" style={{ background: PART_COLOR.none }} />{' '}
      {t('deck.notAnswered')}
    </p>
  );
}
