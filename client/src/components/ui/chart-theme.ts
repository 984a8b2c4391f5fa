import type { Predicate } from '@rapor/shared/predicate';

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

/** Light band fills behind the index line; the predicate is written on each band. */
export const BAND_FILL: Record<Predicate, string> = {
  AA: '#dcefe1',
  A: '#e7f2dc',
  BB: '#f2f4d8',
  B: '#faf0d4',
  CC: '#fbe6d2',
  C: '#f9ddd6',
  D: '#f5d5d5',
};

export const AXIS_FONT = 15;

/** What our custom tooltips read from Recharts: whether one is active and the hovered datum. */
export interface TooltipBoxProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
}
