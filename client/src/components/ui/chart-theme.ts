export { BAND_FILL } from '@rapor/shared/chart-scales';

/**
 * Chart colours. Each series colour has at least 3:1 contrast on white (WCAG 2.1 non-text);
 * meaning is always also written (legend, labels, tooltip).
 */
export const COLORS = {
  current: '#0b3d6e',
  previous: '#5b7fa8',
  target: '#a14f00',
  up: '#1d6b35',
  down: '#a8261b',
  total: '#0b3d6e',
  method: '#7a3e00',
  grid: '#d0d7e2',
  axis: '#33415c',
} as const;

export const AXIS_FONT = 15;

/** What our custom tooltips read from Recharts: whether one is active and the hovered datum. */
export interface TooltipBoxProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
}

/** The hollow, dashed point of an incomplete year: drawn apart, never joined to the line. */
export const INCOMPLETE_DOT = {
  r: 6,
  fill: '#fff',
  stroke: COLORS.current,
  strokeWidth: 2,
  strokeDasharray: '3 2',
};
