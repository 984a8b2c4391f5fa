import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREA_CODES } from '../areas';
import { type FrameworkNode, findNode, indicators } from '../framework/framework';
import { frameworkById } from '../framework/registry';
import type { AnswerType, AnswerValue } from './answers';
import { type NotApplicable, scoreFramework, walkScored } from './score-tree';
import { summarize } from './summary';

// PermenPANRB 9/2023 as the fact sheet (sources/lke-rb-general-2023-structure.md) gives it.
const f = frameworkById('pmprb-2023');
const GENERAL = ['A', 'B', 'C'];
const leaves = indicators(f.components);
const weightOf = (code: string) => findNode(f, code)?.weight;

function best(n: FrameworkNode): AnswerValue {
  const a = n.answer as AnswerType;
  if (a.type === 'number') return a.max;
  if (a.type === 'choice') return a.options[0]?.value ?? '';
  return 100;
}
const scoreWith = (values: Record<string, AnswerValue>, na: NotApplicable = new Map()) =>
  scoreFramework(f, (n) => values[n.code] ?? null, na);
const component = (scored: ReturnType<typeof scoreWith>, code: string) =>
  scored.components.find((c) => c.code === code);
const generalOf = (scored: ReturnType<typeof scoreWith>) =>
  GENERAL.reduce((s, code) => s + (component(scored, code)?.points ?? 0), 0);

describe('pmprb-2023: the weights of the fact sheet', () => {
  it('A 10 = 3 + 7; B 40 = hard 33 + soft 7; C 50 = hard 28 + soft 22; RB General 100', () => {
    expect([weightOf('A'), weightOf('A.1'), weightOf('A.2')]).toEqual([10, 3, 7]);
    expect([weightOf('B'), weightOf('B.H'), weightOf('B.S')]).toEqual([40, 33, 7]);
    expect([weightOf('C'), weightOf('C.H'), weightOf('C.S')]).toEqual([50, 28, 22]);
    expect(GENERAL.reduce((s, c) => s + (weightOf(c) ?? 0), 0)).toBe(100);
    expect(f.rescaledComponents).toEqual(GENERAL);
  });

  it('every RB General item has the weight, range and scoring agency of the sheet', () => {
    const rows: [string, number, number, number, string][] = [
      ['B.H.1', 2, 0, 100, 'KemenPANRB'],
      ['B.H.2', 2, 0, 5, 'KemenPANRB'],
      ['B.H.3', 4, 1, 5, 'BPKP'],
      ['B.H.4', 3, 0, 3, 'KemenPANRB'],
      ['B.H.5', 4, 0, 100, 'KemenPANRB'],
      ['B.H.6', 2, 0, 100, 'Bappenas'],
      ['B.H.7', 2, 0, 5, 'KemenPANRB'],
      ['B.H.8', 2, 0, 100, 'ANRI'],
      ['B.H.9', 2, 0, 100, 'Kemenkeu (DJPb)'],
      ['B.H.10', 2, 1, 4, 'Kemenkeu (DJKN)'],
      ['B.H.11', 1.5, 1, 5, 'KemenPANRB'],
      ['B.H.12', 1.5, 0, 100, 'LAN'],
      ['B.H.13', 1.5, 0, 100, 'Kemenkumham'],
      ['B.H.14', 1.5, 1, 5, 'BPS'],
      ['B.H.15', 2, 0, 100, 'LKPP'],
      ['B.S.1', 4, 0, 410, 'KASN'],
      ['B.S.2', 1.5, 0, 5, 'KemenPANRB'],
      ['B.S.3', 1.5, 0, 100, 'Ombudsman RI'],
      ['C.H.1', 9, 1, 5, 'KemenPANRB'],
      ['C.H.2', 2, 0, 100, 'Bappenas'],
      ['C.H.3', 8, 0, 100, 'Tim evaluator nasional'],
      ['C.H.5', 4, 0, 100, 'BPK'],
      ['C.S.1', 4, 0, 100, 'KemenPANRB'],
      ['C.S.2', 10, 0, 100, 'KPK'],
      ['C.S.3', 8, 0, 100, 'KemenPANRB'],
    ];
    for (const [code, weight, min, max, agency] of rows) {
      const node = findNode(f, code);
      expect([node?.weight, node?.answer], code).toEqual([
        weight,
        expect.objectContaining({ min, max }),
      ]);
      expect(node?.sourcedBy, code).toBe(agency);
    }
    const opinion = findNode(f, 'C.H.4');
    expect([opinion?.weight, opinion?.sourcedBy, opinion?.answer?.type]).toEqual([
      5,
      'BPK',
      'choice',
    ]);
    // The action plan is the working groups' own entry, not a figure from another agency.
    expect(findNode(f, 'A.1')?.sourcedBy).toBeUndefined();
  });

  it('RB Tematik 10: five themes of strategy 0.8 + impact 1.2; the coefficient −10 to +2 on top', () => {
    const themes = findNode(f, 'T')?.children ?? [];
    expect(themes).toHaveLength(5);
    for (const theme of themes) {
      expect(theme.children?.map((c) => c.weight)).toEqual([0.8, 1.2]);
    }
    expect(weightOf('T')).toBe(10);
    expect(f.maxScore).toBe(110);
    expect(findNode(f, 'K')?.adjustment).toBe(true);
    expect(findNode(f, 'K.1')?.answer).toMatchObject({ min: -10, max: 2 });
  });
});

describe('pmprb-2023: scoring', () => {
  it('points = value ÷ range maximum × weight: SPIP maturity 3 of 1–5 on weight 4 is 2.4', () => {
    const scored = scoreWith({ 'B.H.3': 3 });
    const spip = [...walkScored(scored.components)].find((n) => n.code === 'B.H.3');
    expect(spip?.points).toBeCloseTo(2.4, 12);
  });

  it('Capaian IKU counts times the SAKIP ratio: 90 × 0.80 × 8 = 5.76', () => {
    const iku = (values: Record<string, AnswerValue>) =>
      [...walkScored(scoreWith(values).components)].find((n) => n.code === 'C.H.3');
    expect(iku({ 'C.H.3': 90, 'B.H.5': 80 })?.points).toBeCloseTo(5.76, 12);
    expect(iku({ 'C.H.3': 90, 'B.H.5': 80 })?.indicator?.multiplier).toBeCloseTo(0.8, 12);
    // No SAKIP score yet: IKU waits for it.
    expect(iku({ 'C.H.3': 90 })?.points).toBe(0);
    // SAKIP not applicable: IKU counts as it is (8 × 90 % = 7.2 before rescaling).
    const scored = scoreWith({ 'C.H.3': 90 }, new Map([['B.H.5', 'tidak dinilai']]));
    const node = [...walkScored(scored.components)].find((n) => n.code === 'C.H.3');
    expect(node?.points).toBeCloseTo(7.2 * (100 / 96), 12);
  });

  it('everything at its best gives RB General 100, Tematik 10 and the coefficient +2: 112', () => {
    const values = Object.fromEntries(leaves.map((l) => [l.code, best(l)]));
    const s = summarize(f, scoreWith(values));
    expect(s.index).toBe(112);
    expect(s.predicate).toBe('AA');
  });

  it('the coefficient and Tematik add on top of RB General', () => {
    const values = Object.fromEntries(leaves.map((l) => [l.code, best(l)]));
    const scored = scoreWith({ ...values, 'K.1': -4.5, 'T.KMS.D': 50 });
    expect(generalOf(scored)).toBeCloseTo(100, 9);
    expect(component(scored, 'K')?.points).toBeCloseTo(-4.5, 12);
    expect(component(scored, 'T')?.points).toBeCloseTo(10 - 0.6, 12);
    expect(scored.total).toBeCloseTo(100 - 4.5 + 9.4, 9);
  });

  it('a not-applicable item rescales RB General exactly: SPI 80 alone, aset index left out', () => {
    // By hand: SPI 80 of 100 on weight 10 = 8 points; without the asset index (2) the
    // applicable weights sum to 98, so RB General = 8 ÷ 98 × 100 = 8.163265…
    const na = new Map([['B.H.10', 'Kementerian tidak mengelola BMN sendiri']]);
    const scored = scoreWith({ 'C.S.2': 80 }, na);
    expect(generalOf(scored)).toBeCloseTo((8 / 98) * 100, 12);
    expect(scoreWith({ 'C.S.2': 80 }).total).toBeCloseTo(8, 12);
    const aset = [...walkScored(scored.components)].find((n) => n.code === 'B.H.10');
    expect(aset).toMatchObject({
      weight: 0,
      points: 0,
      baseWeight: 2,
      notApplicable: 'Kementerian tidak mengelola BMN sendiri',
      indicatorCount: 0,
    });
    const spi = [...walkScored(scored.components)].find((n) => n.code === 'C.S.2');
    expect(spi?.weight).toBeCloseTo(10 * (100 / 98), 12);
    // Tematik is not rescaled.
    expect(component(scoreWith({ 'T.KMS.S': 100 }, na), 'T')?.points).toBeCloseTo(0.8, 12);
  });

  it("an area's tagged items sum to its points, and its max is their rescaled weights", () => {
    const values = Object.fromEntries(leaves.map((l) => [l.code, best(l)]));
    const na = new Map([['B.H.1', 'tidak berlaku']]);
    const scored = scoreWith({ ...values, 'B.H.2': 2.5 }, na);
    const org = [...walkScored(scored.components)].filter((n) => n.area === 'ORG');
    expect(org.map((n) => n.code)).toEqual(['B.H.1', 'B.H.2']);
    const s = summarize(f, scored);
    const area = s.areas.find((a) => a.code === 'ORG');
    // Only B.H.2 applies: half of its (rescaled) weight, exact in the tree, to the cent shown.
    expect(org.reduce((sum, n) => sum + n.weight, 0)).toBeCloseTo(2 * (100 / 98), 9);
    expect(area?.max).toBe(2.04);
    expect(area?.percent).toBe(50);
    expect(area?.points).toBeCloseTo(((2 * 100) / 98) * 0.5, 2);
    // Every area is tagged somewhere; untagged items are figures of the whole ministry.
    expect(s.areas.map((a) => a.code)).toEqual([...AREA_CODES]);
    for (const leaf of leaves.filter((l) => !l.area))
      expect(leaf.sourcedBy, leaf.code).toBeTruthy();
  });

  it('with any items left out, RB General stays within 0..100 and the weights add up to 100', () => {
    const general = leaves.filter((l) => GENERAL.some((c) => l.code.startsWith(`${c}.`)));
    fc.assert(
      fc.property(
        fc.subarray(
          general.map((l) => l.code),
          { maxLength: general.length - 1 },
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (out, share) => {
          const na = new Map(out.map((code) => [code, 'tidak berlaku']));
          const values = Object.fromEntries(
            leaves.map((l) => {
              const a = l.answer as AnswerType;
              return [l.code, a.type === 'number' ? a.min + share * (a.max - a.min) : best(l)];
            }),
          );
          const scored = scoreWith(values, na);
          const weights = GENERAL.reduce((s, c) => s + (component(scored, c)?.weight ?? 0), 0);
          expect(weights).toBeCloseTo(100, 9);
          expect(generalOf(scored)).toBeGreaterThanOrEqual(-1e-9);
          expect(generalOf(scored)).toBeLessThanOrEqual(100 + 1e-9);
        },
      ),
      { numRuns: 100 },
    );
  });
});
