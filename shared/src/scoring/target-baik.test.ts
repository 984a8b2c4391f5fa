import { describe, expect, it } from 'vitest';
import {
  checkFramework,
  type FrameworkInput,
  findNode,
  indicators,
  predicateRuleOf,
} from '../framework/framework';
import { frameworkToSheets, sheetsToFramework } from '../framework/framework-file';
import { PMPRB_2023_INPUT } from '../framework/pmprb-2023';
import { frameworkById } from '../framework/registry';
import type { AnswerType, AnswerValue } from './answers';
import { PREDICATE_RULE_2023 } from './predicate';
import { type NotApplicable, scoreFramework } from './score-tree';
import { summarize } from './summary';
import { anyTargetMissed, checkTargets } from './target-baik';

// The 2024 version (KepmenPANRB 182/2024) and targets baik as the fact sheet gives them
// (sources/lke-rb-general-2023-structure.md, "Target baik and the predicate after 2023").
const f2023 = frameworkById('pmprb-2023');
const f2024 = frameworkById('pmprb-2024');
const leaves = indicators(f2024.components);

/** Every item at `share` of its range, so a chosen index can be reached. */
function valuesAt(share: number): Record<string, AnswerValue> {
  return Object.fromEntries(
    leaves.map((l) => {
      const a = l.answer as AnswerType;
      if (a.type === 'number') return [l.code, a.min + share * (a.max - a.min)];
      if (a.type === 'choice') return [l.code, a.options[0]?.value ?? ''];
      return [l.code, share * 100];
    }),
  );
}
const score = (values: Record<string, AnswerValue>, na: NotApplicable = new Map()) =>
  scoreFramework(f2024, (n) => values[n.code] ?? null, na);

describe('pmprb-2024', () => {
  it('is the 2023 tree with Capaian Prioritas Nasional 3 (was 2) and Capaian IKU 7 (was 8)', () => {
    const weights = (f: typeof f2024) =>
      indicators(f.components).map((n) => [n.code, n.weight] as const);
    const changed = weights(f2024).filter(([code, w]) => findNode(f2023, code)?.weight !== w);
    expect(changed).toEqual([
      ['C.H.2', 3],
      ['C.H.3', 7],
    ]);
    expect(f2024.method).toBe(f2023.method);
    expect(f2024.maxScore).toBe(110);
    expect(f2024.regulation).toContain('182 Tahun 2024');
  });

  it('carries 22 targets baik for a ministry; BPK opinion and BerAKHLAK are unresolved, with why', () => {
    const targets = Object.fromEntries(
      leaves.filter((l) => l.target !== undefined).map((l) => [l.code, l.target]),
    );
    expect(Object.keys(targets)).toHaveLength(22);
    expect(targets).toMatchObject({
      'B.H.3': 3,
      'B.H.4': 2,
      'B.H.5': 60.01,
      'C.H.1': 2.6,
      'B.H.9': 88,
      'B.S.1': 250,
      'C.S.2': 77.5,
      'C.S.3': 76.61,
    });
    expect(leaves.filter((l) => l.targetUnresolved).map((l) => l.code)).toEqual(['C.H.4', 'C.S.1']);
    // The action plan, IKU, the coefficient and the themes have none.
    for (const code of ['A.1', 'A.2', 'C.H.3', 'K.1', 'T.KMS.S', 'T.KMS.D']) {
      expect(findNode(f2024, code)?.target, code).toBeUndefined();
    }
    expect(f2024.targetSource).toContain('belum terkonfirmasi');
  });

  it('reads its years by the 2023 rule; pmprb-2023 keeps the assumed older scale', () => {
    expect(predicateRuleOf(f2024)).toBe(PREDICATE_RULE_2023);
    expect(predicateRuleOf(f2023)).toMatchObject({ confidence: 'assumed' });
    expect(predicateRuleOf(frameworkById('pmprb-2021'))).toMatchObject({ confidence: 'official' });
  });
});

describe('checkTargets', () => {
  it('compares the raw value with the target: SPIP 3 meets 3, SKM 76.6 misses 76.61', () => {
    const check = checkTargets(f2024, score({ 'B.H.3': 3, 'C.S.3': 76.6 }));
    const item = (code: string) => check?.items.find((i) => i.code === code);
    expect(item('B.H.3')).toMatchObject({ value: 3, met: true, achievement: 100 });
    expect(item('C.S.3')).toMatchObject({ value: 76.6, met: false, achievement: 99.99 });
    // Every other item has no value yet: not met.
    expect(check).toMatchObject({ met: 1, total: 22, unvalued: 20, notApplicable: 0 });
    // a hair below the target never reads as 100 %
    const close = checkTargets(f2024, score({ 'B.H.2': 4, 'C.S.3': 76.6099 }));
    const near = (code: string) => close?.items.find((i) => i.code === code)?.achievement;
    expect([near('B.H.2'), near('C.S.3')]).toEqual([99.75, 99.99]);
    expect(check?.strongest?.code).toBe('B.H.3');
    expect(check?.weakest?.code).toBe('C.S.3');
    expect(anyTargetMissed(check)).toBe(true);
  });

  it('leaves an item not applicable out of the count', () => {
    const values = valuesAt(1);
    const check = checkTargets(f2024, score(values, new Map([['B.H.10', 'tidak mengelola BMN']])));
    expect(check).toMatchObject({ met: 21, total: 21, unvalued: 0, notApplicable: 1 });
    expect(check?.unresolved.map((u) => u.code)).toEqual(['C.H.4', 'C.S.1']);
    expect(anyTargetMissed(check)).toBe(false);
  });

  it('is null for a framework without targets', () => {
    expect(
      checkTargets(
        f2023,
        scoreFramework(f2023, () => null),
      ),
    ).toBeNull();
  });
});

describe('the predicate with targets baik', () => {
  it('an index between 80 and 100 with an item below its target is A-; with all met, A', () => {
    // The coefficient at its lowest keeps an index of items at 95 % of range below 100.
    const values = { ...valuesAt(0.95), 'K.1': -10 };
    const all = summarize(f2024, score(values));
    expect(all.index).toBeGreaterThan(80);
    expect(all.index).toBeLessThan(100);
    expect(all.targets?.met).toBe(all.targets?.total);
    expect(all.predicate).toBe('A');
    const missed = summarize(f2024, score({ ...values, 'C.S.2': 77.49 }));
    expect(missed.targets?.met).toBe((missed.targets?.total ?? 0) - 1);
    expect(missed.predicate).toBe('A-');
  });

  it('AA only from 100: every item at its best gives 112 and AA, a missed target or not', () => {
    const best = summarize(f2024, score({ ...valuesAt(1), 'C.S.2': 70 }));
    expect(best.index).toBeGreaterThanOrEqual(100);
    expect(best.predicate).toBe('AA');
  });

  it('the same values under pmprb-2023 keep the older scale: AA above 90, never A-', () => {
    const values: Record<string, AnswerValue> = { ...valuesAt(0.95), 'K.1': -10, 'C.S.2': 70 };
    const s = summarize(
      f2023,
      scoreFramework(f2023, (n) => values[n.code] ?? null),
    );
    expect(s.index).toBeGreaterThan(90);
    expect(s.predicate).toBe('AA');
    expect(s.targets).toBeNull();
    expect(summarize(f2024, score(values)).predicate).toBe('A-');
  });
});

describe('checkFramework: targets and rules', () => {
  const withTarget = (code: string, target: number | undefined, extra = {}): FrameworkInput => ({
    ...PMPRB_2023_INPUT,
    components: PMPRB_2023_INPUT.components.map(function set(n): typeof n {
      if (n.code === code) return { ...n, target, ...extra };
      return n.children ? { ...n, children: n.children.map(set) } : n;
    }),
  });
  const errorsOf = (input: FrameworkInput) => {
    const r = checkFramework(input);
    return r.ok ? [] : r.errors;
  };

  it('refuses a target outside the item range, on a group, on a choice, or set twice', () => {
    expect(errorsOf(withTarget('B.H.3', 6))).toEqual(['B.H.3: target baik 6 di luar rentang 1–5']);
    expect(errorsOf(withTarget('B', 5))).toEqual(['B: target baik hanya untuk indikator']);
    expect(errorsOf(withTarget('C.H.4', 1))).toEqual([
      'C.H.4: target baik hanya untuk jawaban angka',
    ]);
    expect(errorsOf(withTarget('B.H.3', 3, { targetUnresolved: 'x' }))).toEqual([
      'B.H.3: target baik diisi atau ditandai belum jelas, bukan keduanya',
    ]);
    expect(errorsOf(withTarget('B.H.3', 3))).toEqual([]);
  });

  it('refuses a predicate rule whose bands do not step down', () => {
    expect(
      errorsOf({
        ...PMPRB_2023_INPUT,
        predicateRule: {
          ...PREDICATE_RULE_2023,
          bands: [
            { predicate: 'AA', above: 80 },
            { predicate: 'A', above: 90 },
            { predicate: 'D' },
          ],
        },
      }),
    ).toEqual(['aturan predikat: pita A: batas bawah harus menurun']);
  });
});

describe('the framework template carries targets and the rule', () => {
  it('pmprb-2024 → sheets → framework gives the same version back', () => {
    const back = sheetsToFramework(frameworkToSheets(f2024));
    expect(back.ok ? back.framework : back.errors).toEqual(f2024);
  });

  it('names the meta row of a band it cannot read', () => {
    const sheets = frameworkToSheets(f2024);
    const row = sheets.meta.findIndex((r) => r[0] === 'predikat_pita');
    sheets.meta[row] = ['predikat_pita', 'AA lebih dari 100'];
    const back = sheetsToFramework(sheets);
    expect(back.ok ? [] : back.errors).toEqual([
      {
        sheet: 'Kerangka',
        row: row + 1,
        column: 'predikat_pita',
        message: 'pita "AA lebih dari 100" tidak terbaca (contoh: "AA >= 100", "A > 80", "D")',
      },
    ]);
  });
});
