import type { AreaComparison } from '@rapor/shared/dashboard-schemas';
import { describe, expect, it } from 'vitest';
import { waterfallBars, waterfallDomain } from './waterfall-bars';

const point = (year: number, points: number) => ({
  year,
  framework: 'pmprb-2020',
  points,
  max: 6,
  percent: (100 * points) / 6,
  standing: 'final' as const,
});
const step = (code: string, contribution: number) => ({
  code,
  name: { id: code, en: code },
  weight: 1,
  fromPoints: 0,
  toPoints: 0,
  contribution,
});

describe('waterfallBars', () => {
  const comparison: AreaComparison = {
    area: 'MP',
    from: point(2022, 4.8),
    to: point(2023, 5.03),
    methodChanged: false,
    steps: [
      step('PM.MP.a', 0.25),
      step('PM.MP.b', 0),
      step('RF.MP.a', -0.12),
      step('RF.MP.b', 0.1),
    ],
  };

  it('runs from last year to this year, skipping parts that did not move', () => {
    expect(waterfallBars(comparison)).toEqual([
      { key: '2022', range: [0, 4.8], value: 4.8, kind: 'start' },
      { key: 'PM.MP.a', range: [4.8, 5.05], value: 0.25, kind: 'up' },
      { key: 'RF.MP.a', range: [4.93, 5.05], value: -0.12, kind: 'down' },
      { key: 'RF.MP.b', range: [4.93, 5.03], value: 0.1, kind: 'up' },
      { key: '2023', range: [0, 5.03], value: 5.03, kind: 'end' },
    ]);
  });

  it('ends exactly on this year’s points', () => {
    const bars = waterfallBars(comparison);
    const last = bars.at(-2);
    expect(last?.range).toContain(5.03);
  });

  it('draws nothing across a method change or without a previous year', () => {
    expect(waterfallBars({ ...comparison, methodChanged: true, steps: [] })).toEqual([]);
    expect(waterfallBars({ ...comparison, from: null, steps: [] })).toEqual([]);
  });

  it('chooses a y range around the changes', () => {
    const [low, high] = waterfallDomain(waterfallBars(comparison));
    expect(low).toBeLessThan(4.8);
    expect(low).toBeGreaterThan(4);
    expect(high).toBeGreaterThanOrEqual(5.05);
  });
});
