import { ReferenceLine } from 'recharts';
import { COLORS } from './chart-theme';

// Marker elements shared by the year charts. They are returned as elements (not wrapped in a
// component) so that they stay direct children of the Recharts chart.

/**
 * A dashed line at each year whose evaluation method differs from the year before. The label
 * reads right of the line, except at the chart's last year, where there is no room: it reads
 * left of it there instead of being cut off ("PermenPANRB 9/202").
 */
export function methodChangeMarkers(
  changes: readonly { year: number; framework: string }[],
  label: (framework: string) => string,
  position: 'insideTopLeft' | 'insideBottomLeft' = 'insideTopLeft',
  fontSize = 14,
  lastYear?: number,
) {
  return changes.map((c) => (
    <ReferenceLine
      key={`method-${c.year}`}
      x={c.year}
      stroke={COLORS.method}
      strokeWidth={2}
      strokeDasharray="6 4"
      label={{
        value: label(c.framework),
        position: c.year === lastYear ? (position.replace('Left', 'Right') as never) : position,
        fill: COLORS.method,
        fontSize,
      }}
    />
  ));
}

/** A soft band behind the selected year. */
export function selectedYearMarker(year: number) {
  return (
    <ReferenceLine
      key="selected-year"
      x={year}
      stroke={COLORS.current}
      strokeOpacity={0.18}
      strokeWidth={22}
    />
  );
}
