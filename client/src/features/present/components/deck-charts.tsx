import { bandsWithin, bandTicks, indexDomain, methodChanges } from '@rapor/shared/chart-scales';
import type { Deck, DeckArea } from '@rapor/shared/forum-schemas';
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
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={TICK} width={90} unit="%" />
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
          formatter={(v: unknown) => (v === null ? '' : formatNumber(Number(v), locale, 1))}
        />
      </Line>
      {incompletePoint('incompletePercent', (v) => formatNumber(v, locale, 1))}
    </ComposedChart>
  );
}

const barColor = (percent: number) =>
  percent >= 80 ? COLORS.up : percent >= 60 ? COLORS.current : COLORS.down;

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
    label: truncate(pick(p.name), 30),
    shown: p.complete ? `${formatNumber(p.percent, locale, 0)}%` : t('deck.notAnswered'),
  }));
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
        width={420}
        tick={{ fontSize: data.length > 6 ? 22 : 24, fill: '#111' }}
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
          <Cell key={d.code} fill={d.complete ? barColor(d.percent) : '#8a94a6'} />
        ))}
        <LabelList dataKey="shown" position="right" fontSize={24} fontWeight={700} fill="#111" />
      </Bar>
    </BarChart>
  );
}

function truncate(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
