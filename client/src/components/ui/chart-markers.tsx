import { ReferenceLine } from 'recharts';
import { COLORS } from './chart-theme';

// Marker elements shared by the year charts. They are returned as elements (not wrapped in a
// component) so that they stay direct children of the Recharts chart.

/**
 * Where a method label goes: right of its line, except near the chart's end, where there is
 * no room ("PermenPANRB 9/202" on the 2024 deck). At the last year it reads left of the line;
 * a year before the end it reads left and at the other edge (top ↔ bottom), so it cannot run
 * into the label of an earlier change that reads right at the same height.
 */
export function labelPosition(
  position: 'insideTopLeft' | 'insideBottomLeft',
  yearsToEnd: number,
): 'insideTopLeft' | 'insideBottomLeft' | 'insideTopRight' | 'insideBottomRight' {
  if (yearsToEnd >= 2) return position;
  if (yearsToEnd === 0)
    return position === 'insideTopLeft' ? 'insideTopRight' : 'insideBottomRight';
  return position === 'insideTopLeft' ? 'insideBottomRight' : 'insideTopRight';
}

/**
 * A dashed line at each year whose evaluation method differs from the year before, labelled
 * with the regulation (see labelPosition for where the label goes).
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
        position: labelPosition(position, lastYear === undefined ? 9 : lastYear - c.year),
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
