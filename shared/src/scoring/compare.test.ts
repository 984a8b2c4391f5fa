import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AreaCode } from '../areas';
import { frameworkById } from '../framework/registry';
import { type AreaYear, areaParts, areaWaterfall, compareYears, type YearFigures } from './compare';
import { apportionCents } from './rounding';
import { scoreFramework, walkScored } from './score-tree';
import { summarize } from './summary';

const area = (
  code: AreaCode,
  percent: number,
  max = 10,
  target: number | null = null,
): AreaYear => ({
  code,
  points: (percent * max) / 100,
  max,
  percent,
  target,
});
const year = (y: number, framework: string, index: number, areas: AreaYear[]): YearFigures => ({
  year: y,
  framework,
  method: framework === 'pmprb-2014' ? '14/2014' : '26/2020',
  index,
  areas,
});

describe('compareYears', () => {
  const prev = year(2022, 'pmprb-2020', 77.1, [
    area('MP', 80),
    area('PPU', 60),
    area('ORG', 70),
    area('TTL', 50),
  ]);
  const cur = year(2023, 'pmprb-2020', 78.64, [
    area('MP', 85, 10, 9),
    area('PPU', 55),
    area('ORG', 70),
    area('TTL', 62),
  ]);

  it('gives each area its change in percentage points and the index change', () => {
    const c = compareYears(cur, prev);
    expect(c.indexDelta).toBe(1.54);
    expect(c.areas.map((a) => [a.code, a.delta])).toEqual([
      ['MP', 5],
      ['PPU', -5],
      ['ORG', 0],
      ['TTL', 12],
    ]);
    expect(c.areas[0]?.targetPercent).toBe(90);
    expect(c.methodChanged).toBe(false);
  });

  it('lists gains and losses largest first, leaving unchanged areas out', () => {
    const c = compareYears(cur, prev);
    expect(c.gains.map((a) => a.code)).toEqual(['TTL', 'MP']);
    expect(c.losses.map((a) => a.code)).toEqual(['PPU']);
  });

  it('says when the method changed between the years', () => {
    const old = { ...prev, year: 2019, framework: 'pmprb-2014', method: '14/2014' };
    const c = compareYears({ ...cur, year: 2020 }, old);
    expect(c).toMatchObject({ methodChanged: true, versionChanged: false });
  });

  it('another version of the same method is a version change, still compared in points', () => {
    const c = compareYears({ ...cur, framework: 'pmprb-2021' }, prev);
    expect(c).toMatchObject({
      methodChanged: false,
      versionChanged: true,
      indexDeltaBasis: 'points',
      indexDelta: 1.54,
    });
    expect(compareYears(cur, prev).versionChanged).toBe(false);
    expect(compareYears(cur, undefined).versionChanged).toBe(false);
  });

  it('compares neither the index nor an area while it is incomplete (an unanswered item is not a zero)', () => {
    const open = {
      ...cur,
      standing: 'incomplete' as const,
      areas: cur.areas.map((a) =>
        a.code === 'PPU'
          ? { ...a, standing: 'incomplete' as const }
          : { ...a, standing: 'provisional' as const },
      ),
    };
    const c = compareYears(open, prev);
    expect(c.indexDelta).toBeNull();
    expect(c.areas.find((a) => a.code === 'PPU')).toMatchObject({ delta: null, complete: false });
    expect(c.areas.find((a) => a.code === 'MP')).toMatchObject({ delta: 5, complete: true });
    expect(c.losses).toEqual([]);
    // nor against an incomplete year before it
    const before = { ...prev, standing: 'incomplete' as const };
    expect(compareYears(cur, before).indexDelta).toBeNull();
  });

  it('has no deltas for the first year', () => {
    const c = compareYears(cur, undefined);
    expect(c).toMatchObject({ previousYear: null, indexDelta: null, gains: [], losses: [] });
    expect(c.areas.every((a) => a.delta === null)).toBe(true);
  });
});

describe('areaWaterfall', () => {
  const f = frameworkById('pmprb-2014');
  const scoreWith = (fill: (code: string) => string | boolean | number | null) => {
    const scored = scoreFramework(f, (n) => fill(n.code));
    const summary = summarize(f, scored);
    const figures = summary.areas.find((a) => a.code === 'MP');
    const roots = [...walkScored(scored.components)].filter((n) => n.areaRoot && n.area === 'MP');
    return { figures: { ...(figures as AreaYear), target: null }, roots };
  };

  it('gives one step per sub-component: weight × change in fraction, adding up to the change', () => {
    const before = scoreWith((c) => (c.startsWith('MP.') ? 'C' : null));
    const after = scoreWith((c) =>
      c.startsWith('MP.1') || c.startsWith('MP.3') ? 'A' : c.startsWith('MP.') ? 'C' : null,
    );
    const w = areaWaterfall(
      'MP',
      { year: 2019, framework: 'pmprb-2014', method: '14/2014', ...after },
      { year: 2018, framework: 'pmprb-2014', method: '14/2014', ...before },
    );
    expect(w.steps.map((s) => s.code)).toEqual(['MP.1', 'MP.2', 'MP.3', 'MP.4']);
    const total = w.steps.reduce((s, x) => s + Math.round(x.contribution * 100), 0);
    expect(total).toBe(Math.round((w.to.points - (w.from?.points ?? 0)) * 100));
    // MP.1 (1 point, three questions of 1/3): the A–C one moves from C (0) to A (1), the
    // two A–D ones from C (0.33) to A (1)
    const mp1 = w.steps.find((s) => s.code === 'MP.1');
    expect(mp1?.contribution).toBeCloseTo((1 + 2 * 0.67) / 3, 9);
    expect(w.steps.find((s) => s.code === 'MP.2')?.contribution).toBe(0);
  });

  it('gives no steps when the method changed, and says so', () => {
    const x = scoreWith(() => null);
    const w = areaWaterfall(
      'MP',
      { year: 2020, framework: 'pmprb-2020', method: '26/2020', ...x },
      { year: 2019, framework: 'pmprb-2014', method: '14/2014', ...x },
    );
    expect(w).toMatchObject({ methodChanged: true, steps: [] });
  });

  it('explains no change where either year is incomplete, and says which', () => {
    const before = scoreWith((c) => (c.startsWith('MP.') ? 'A' : null));
    const after = scoreWith((c) => (c.startsWith('MP.1') ? 'A' : null));
    const w = areaWaterfall(
      'MP',
      {
        year: 2019,
        framework: 'pmprb-2014',
        method: '14/2014',
        ...after,
        figures: { ...after.figures, standing: 'incomplete' },
      },
      { year: 2018, framework: 'pmprb-2014', method: '14/2014', ...before },
    );
    expect(w).toMatchObject({ methodChanged: false, steps: [] });
    expect(w.to.standing).toBe('incomplete');
    expect(w.from?.standing).toBe('final');
  });

  it('compares part by part across framework versions of one method (2020 → 2021, SPI added)', () => {
    const x = scoreWith(() => null);
    const w = areaWaterfall(
      'MP',
      { year: 2021, framework: 'pmprb-2021', method: '26/2020', ...x },
      { year: 2020, framework: 'pmprb-2020', method: '26/2020', ...x },
    );
    expect(w.methodChanged).toBe(false);
    expect(w.steps.length).toBeGreaterThan(0);
  });

  it('uses the indicators as parts where the tagged node holds them directly (pmprb-2020)', () => {
    const f20 = frameworkById('pmprb-2020');
    const roots = [...walkScored(scoreFramework(f20, () => null).components)].filter(
      (n) => n.areaRoot && n.area === 'MP',
    );
    expect(areaParts(roots).map((n) => n.code)).toEqual([
      'PM.MP.a',
      'PM.MP.b',
      'PM.MP.c',
      'PM.MP.d',
      'HA.MP.a',
      'RF.MP.a',
      'RF.MP.b',
      'RF.MP.c',
    ]);
  });
});

describe('apportionCents with losses', () => {
  it('keeps signed parts within a cent and sums exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 10 }),
        (parts) => {
          const total = Math.round(parts.reduce((s, p) => s + p, 0) * 100) + 0;
          const cents = apportionCents(parts, total);
          expect(cents.reduce((s, c) => s + c, 0) + 0).toBe(total);
          for (const [i, c] of cents.entries()) {
            expect(Math.abs(c - (parts[i] ?? 0) * 100)).toBeLessThan(1 + 1e-6);
          }
        },
      ),
    );
  });
});
