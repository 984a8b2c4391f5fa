import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREA_CODES } from '../areas';
import { type Framework, type FrameworkNode, indicators } from '../framework/framework';
import { FRAMEWORKS, frameworkById } from '../framework/registry';
import { type AnswerType, type AnswerValue, SCALES } from './answers';
import { evaluatorValueCounts, officialValue } from './official-value';
import { predicateOf } from './predicate';
import { leafFraction, scoreFramework, walkScored } from './score-tree';
import { exactAreaPoints, summarize } from './summary';

/** An arbitrary valid (or missing) answer for each answer type. */
function answerArb(answer: AnswerType): fc.Arbitrary<AnswerValue | null> {
  const value: fc.Arbitrary<AnswerValue> = (() => {
    switch (answer.type) {
      case 'yesno':
        return fc.boolean();
      case 'scale':
        return fc.constantFrom(...Object.keys(SCALES[answer.scale]));
      case 'percent':
        return fc.double({ min: 0, max: 150, noNaN: true });
      case 'number':
        return fc.double({ min: answer.min - 10, max: answer.max + 10, noNaN: true });
      case 'choice':
        return fc.constantFrom(...answer.options.map((o) => o.value));
    }
  })();
  return fc.option(value, { nil: null, freq: 5 });
}

function answersArb(leaves: FrameworkNode[]) {
  return fc.tuple(...leaves.map((leaf) => answerArb(leaf.answer as AnswerType)));
}

const frameworks = [...FRAMEWORKS.values()];

/** The lowest and highest index: 0..max, moved by what the adjustments can add or take. */
function indexRange(framework: Framework): { low: number; high: number } {
  let low = 0;
  let high = framework.maxScore;
  for (const c of framework.components.filter((c) => c.adjustment)) {
    for (const leaf of indicators([c])) {
      const a = leaf.answer;
      if (a?.type !== 'number') continue;
      low += Math.min(0, (a.min / a.max) * leaf.weight);
      high += leaf.weight;
    }
  }
  return { low, high };
}

describe('scoreFramework (properties)', () => {
  it.each(frameworks)('$id: index = sum of leaf points, within its range', (framework) => {
    const { low, high } = indexRange(framework);
    const leaves = indicators(framework.components);
    fc.assert(
      fc.property(answersArb(leaves), (values) => {
        const byCode = new Map(leaves.map((l, i) => [l.code, values[i] ?? null]));
        const scored = scoreFramework(framework, (n) => byCode.get(n.code));
        const leafSum = [...walkScored(scored.components)]
          .filter((n) => n.indicator)
          .reduce((s, n) => s + n.points, 0);
        expect(scored.total).toBeCloseTo(leafSum, 9);
        expect(scored.total).toBeGreaterThanOrEqual(low - 1e-9);
        expect(scored.total).toBeLessThanOrEqual(high + 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it.each(frameworks)('$id: the displayed summary adds up exactly', (framework) => {
    const leaves = indicators(framework.components);
    fc.assert(
      fc.property(answersArb(leaves), (values) => {
        const byCode = new Map(leaves.map((l, i) => [l.code, values[i] ?? null]));
        const scored = scoreFramework(framework, (n) => byCode.get(n.code));
        const s = summarize(framework, scored);
        const cents = (xs: number[]) => xs.reduce((a, x) => a + Math.round(x * 100), 0);
        expect(cents(s.components.map((c) => c.points))).toBe(Math.round(s.index * 100));
        // Areas add up to the component they make up, where there is one (not from 2023).
        const areaComponent = s.components.find((c) => c.code === framework.areaComponent);
        if (areaComponent) {
          expect(cents(s.areas.map((a) => a.points))).toBe(Math.round(areaComponent.points * 100));
        }
        expect(s.predicate).toBe(predicateOf(s.index));
        for (const area of s.areas) {
          expect(Math.abs(area.points - exactAreaPoints(scored, area.code))).toBeLessThan(
            0.01 + 1e-9,
          );
          expect(area.percent).toBeGreaterThanOrEqual(0);
          expect(area.percent).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('scoreFramework (examples)', () => {
  const f2014 = frameworkById('pmprb-2014');

  it('scores nothing answered as 0 with every area at 0 %', () => {
    const s = summarize(
      f2014,
      scoreFramework(f2014, () => null),
    );
    expect(s.index).toBe(0);
    expect(s.predicate).toBe('D');
    expect(s.areas.map((a) => a.percent)).toEqual(AREA_CODES.map(() => 0));
  });

  it('scores the best answer everywhere as 100 and AA', () => {
    const best = (n: FrameworkNode): AnswerValue => {
      const a = n.answer as AnswerType;
      if (a.type === 'yesno') return true;
      if (a.type === 'scale') return 'A';
      if (a.type === 'percent') return 100;
      if (a.type === 'number') return a.max;
      return a.options[0]?.value ?? '';
    };
    const s = summarize(f2014, scoreFramework(f2014, best));
    expect(s.index).toBe(100);
    expect(s.predicate).toBe('AA');
    expect(s.areas.map((a) => a.max)).toEqual([5, 5, 6, 5, 15, 6, 12, 6]);
    expect(s.areas.every((a) => a.percent === 100)).toBe(true);
  });

  it('gives a leaf weight × fraction: MP.4.c (1/3 point) answered C on A–E scores 1/6', () => {
    const scored = scoreFramework(f2014, (n) => (n.code === 'MP.4.c' ? 'C' : null));
    const leaf = [...walkScored(scored.components)].find((n) => n.code === 'MP.4.c');
    expect(leaf?.points).toBeCloseTo(1 / 6, 12);
    expect(scored.total).toBeCloseTo(1 / 6, 12);
  });

  it('scores a stored value of the wrong kind as 0 and says why', () => {
    const scored = scoreFramework(f2014, (n) => (n.code === 'MP.2.a' ? 'Z' : null));
    const leaf = [...walkScored(scored.components)].find((n) => n.code === 'MP.2.a');
    expect(leaf?.points).toBe(0);
    expect(leaf?.indicator?.error).toMatch(/Ya atau Tidak/);
  });

  it('counts answered indicators up the tree', () => {
    const scored = scoreFramework(f2014, (n) =>
      n.code.startsWith('MP.1.') || n.code === 'MP.2.a' ? 'A' : null,
    );
    const mp = [...walkScored(scored.components)].find((n) => n.code === 'MP');
    expect(mp?.answered).toBe(4);
    expect(mp?.indicatorCount).toBe(18);
  });
});

describe('officialValue', () => {
  it('uses the evaluator value once verified', () => {
    expect(officialValue({ selfValue: 'A', evaluatorValue: 'C' }, true)).toBe('C');
  });
  it('uses the self-assessment before verification', () => {
    expect(officialValue({ selfValue: 'A', evaluatorValue: 'C' }, false)).toBe('A');
  });
  it('falls back to the self-assessment when the evaluator gave none', () => {
    expect(officialValue({ selfValue: 'A', evaluatorValue: null }, true)).toBe('A');
  });
});

describe('evaluatorValueCounts', () => {
  it('counts the evaluator value of ministry-wide indicators when given', () => {
    expect(evaluatorValueCounts({ ministryWide: true })).toBe(true);
  });
  it.each([
    ['draft', false],
    ['submitted', false],
    ['returned', false],
    ['verified', true],
    ['final', true],
    [undefined, false],
  ] as const)("counts it for an area's indicators when the result is %s: %s", (status, counts) => {
    expect(evaluatorValueCounts({ status })).toBe(counts);
  });
});

describe('leafFraction', () => {
  it.each([
    [{ type: 'yesno' } as AnswerType, true, 1, 1],
    [{ type: 'scale', scale: 'A-E' } as AnswerType, 'B', 1, 0.75],
    [{ type: 'percent' } as AnswerType, 65, 0.75, 0.4875],
    [{ type: 'percent' } as AnswerType, 100, 0.5, 0.5],
  ])('%o answered %o, multiplied by %d, earns %d of its weight', (answer, value, m, expected) => {
    expect(leafFraction(answer, value as AnswerValue, m).fraction).toBeCloseTo(expected, 12);
  });

  it('earns nothing, and says why, for a value the table cannot convert', () => {
    const result = leafFraction({ type: 'scale', scale: 'A-C' }, 'E');
    expect(result.fraction).toBe(0);
    expect(result.error).toBeTruthy();
  });
});
