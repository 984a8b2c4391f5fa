import type { AreaResult, ScoredNodeDto } from '@rapor/shared/schemas';
import { describe, expect, it } from 'vitest';
import {
  acceptedEdits,
  conflictsWith,
  type IndicatorEdit,
  liveScore,
  missingItems,
  nextUnanswered,
} from './worksheet';

const leaf = (
  code: string,
  weight: number,
  answer: NonNullable<ScoredNodeDto['indicator']>['answer'],
  selfValue: NonNullable<ScoredNodeDto['indicator']>['selfValue'],
  extra: Partial<NonNullable<ScoredNodeDto['indicator']>> = {},
): ScoredNodeDto => ({
  code,
  name: { id: code, en: code },
  weight,
  points: 0,
  selfPoints: 0,
  answered: selfValue === null ? 0 : 1,
  indicatorCount: 1,
  indicator: {
    answer,
    selfValue,
    evaluatorValue: null,
    value: selfValue,
    fraction: 0,
    evidence: [],
    selfComment: null,
    evaluatorComment: null,
    returnedReason: null,
    ...extra,
  },
});

const tree: ScoredNodeDto[] = [
  {
    code: 'MP',
    name: { id: 'MP', en: 'MP' },
    weight: 6,
    points: 0,
    selfPoints: 0,
    answered: 1,
    indicatorCount: 4,
    children: [
      leaf('a', 2, { type: 'yesno' }, true, {
        evidence: [{ label: 'SK', url: 'https://x.id/sk.pdf' }],
      }),
      leaf('b', 2, { type: 'scale', scale: 'A-C' }, null),
      leaf('c', 1, { type: 'percent' }, null),
      leaf('f', 1, { type: 'number', min: 1, max: 5, integer: true }, 3, {
        value: 3,
        figure: {
          sourcedBy: 'BPKP',
          sourceTitle: null,
          sourceIssuer: null,
          sourceDate: null,
          provenance: null,
          enteredBy: null,
          enteredAt: null,
          verifiedBy: null,
          verifiedAt: null,
        },
      }),
    ],
  },
];

describe('liveScore', () => {
  it('scores the saved answers, a sourced figure as entered, and leaves it out of the chair’s count', () => {
    // a: Ya → 2; f: level 3 of 1–5 → 0.5 × 1
    expect(liveScore(tree, new Map())).toEqual({
      points: 2.5,
      max: 6,
      percent: (100 * 2.5) / 6,
      answered: 1,
      total: 3,
      withEvidence: 1,
    });
  });

  it('takes local edits over saved answers, a cleared answer included', () => {
    const edits = new Map<string, IndicatorEdit>([
      ['a', { selfValue: null }],
      ['b', { selfValue: 'B' }],
      ['c', { selfValue: 80 }],
    ]);
    const s = liveScore(tree, edits);
    expect(s.points).toBeCloseTo(1 + 0.8 + 0.5, 9);
    expect(s.answered).toBe(2);
  });

  it('multiplies an item by the score the server gave its multiplier (Capaian IKU × SAKIP ratio)', () => {
    const multiplied = [leaf('iku', 8, { type: 'percent' }, 65, { multiplier: 0.75 })];
    // 8 × 65 % × 0.75 = 3.9, as the server scores it (not 5.2, as 8 × 65 % alone)
    expect(liveScore(multiplied, new Map()).points).toBeCloseTo(3.9, 9);
    expect(liveScore(multiplied, new Map([['iku', { selfValue: 80 }]])).points).toBeCloseTo(4.8, 9);
  });

  it('does not count an answer the server refused; the rest of that edit still counts', () => {
    const edits = new Map<string, IndicatorEdit>([
      ['b', { selfValue: 'Q', selfComment: 'catatan' }],
      ['c', { selfValue: 80 }],
    ]);
    const counted = acceptedEdits(edits, new Map([['b', 'Jawaban mandiri tidak valid']]));
    expect(counted).toEqual(
      new Map<string, IndicatorEdit>([
        ['b', { selfComment: 'catatan' }],
        ['c', { selfValue: 80 }],
      ]),
    );
    // b stays unanswered; c counts
    expect(liveScore(tree, counted).answered).toBe(liveScore(tree, new Map()).answered + 1);
    expect(acceptedEdits(new Map([['b', { selfValue: 'Q' }]]), new Map([['b', 'x']])).size).toBe(0);
  });

  it('scores an invalid local value as nothing rather than failing', () => {
    expect(liveScore(tree, new Map([['c', { selfValue: 130 }]])).points).toBe(2.5);
  });
});

describe('missingItems and nextUnanswered', () => {
  it('lists unanswered indicators and answers without evidence, never sourced figures', () => {
    expect(
      missingItems(tree, new Map([['c', { selfValue: 50 }]])).map((m) => [m.code, m.what]),
    ).toEqual([
      ['b', 'answer'],
      ['c', 'evidence'],
    ]);
  });

  it('finds the next unanswered indicator after the current one, wrapping around', () => {
    expect(nextUnanswered(tree, new Map(), null)).toBe('b');
    expect(nextUnanswered(tree, new Map(), 'b')).toBe('c');
    expect(nextUnanswered(tree, new Map(), 'c')).toBe('b');
    const all = new Map<string, IndicatorEdit>([
      ['b', { selfValue: 'A' }],
      ['c', { selfValue: 10 }],
    ]);
    expect(nextUnanswered(tree, all, null)).toBeNull();
  });
});

describe('conflictsWith', () => {
  const server = { tree, narrative: 'Narasi server' } as unknown as AreaResult;

  it('names each unsaved field the server now holds differently', () => {
    const edits = new Map<string, IndicatorEdit>([
      ['a', { selfValue: false, selfComment: null }],
      ['b', { selfValue: 'A' }],
    ]);
    expect(conflictsWith(server, edits, 'Narasi saya')).toEqual([
      { code: 'a', field: 'selfValue', mine: false, theirs: true },
      { code: 'b', field: 'selfValue', mine: 'A', theirs: null },
      { code: '', field: 'narrative', mine: 'Narasi saya', theirs: 'Narasi server' },
    ]);
  });

  it('sees no conflict where the server already holds what the chair typed', () => {
    expect(conflictsWith(server, new Map([['a', { selfValue: true }]]), 'Narasi server')).toEqual(
      [],
    );
  });
});
