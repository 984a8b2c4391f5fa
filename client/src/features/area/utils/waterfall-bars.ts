import type { AreaComparison } from '@rapor/shared/dashboard-schemas';

export interface WaterfallBar {
  key: string;
  /** [low, high] for a floating bar */
  range: [number, number];
  value: number;
  kind: 'start' | 'up' | 'down' | 'end';
}

/**
 * Floating bars from last year's points to this year's: a total bar, one bar per part
 * starting where the running total stands, and the new total. Parts that did not move are
 * left out so the chart shows what changed.
 */
export function waterfallBars(c: AreaComparison): WaterfallBar[] {
  if (!c.from || c.methodChanged) return [];
  const bars: WaterfallBar[] = [
    { key: String(c.from.year), range: [0, c.from.points], value: c.from.points, kind: 'start' },
  ];
  let running = c.from.points;
  for (const step of c.steps) {
    if (step.contribution === 0) continue;
    const next = Math.round((running + step.contribution) * 100) / 100;
    bars.push({
      key: step.code,
      range: [Math.min(running, next), Math.max(running, next)],
      value: step.contribution,
      kind: step.contribution > 0 ? 'up' : 'down',
    });
    running = next;
  }
  bars.push({ key: String(c.to.year), range: [0, c.to.points], value: c.to.points, kind: 'end' });
  return bars;
}

/** A y range that shows the changes: from a little below the lowest running total. */
export function waterfallDomain(bars: readonly WaterfallBar[]): [number, number] {
  if (bars.length === 0) return [0, 1];
  const inner = bars.filter((b) => b.kind === 'up' || b.kind === 'down').flatMap((b) => b.range);
  const totals = bars.filter((b) => b.kind === 'start' || b.kind === 'end').map((b) => b.range[1]);
  const low = Math.min(...inner, ...totals);
  const high = Math.max(...inner, ...totals);
  const pad = Math.max((high - low) * 0.5, 0.1);
  return [Math.max(0, Math.floor((low - pad) * 10) / 10), Math.ceil((high + pad / 2) * 10) / 10];
}
