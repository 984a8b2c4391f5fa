import { describe, expect, it } from 'vitest';
import {
  checkPredicateRule,
  PREDICATE_RULE_2014,
  PREDICATE_RULE_2023,
  PREDICATES,
  predicateLabel,
  predicateOf,
} from './predicate';

describe('predicateOf under PermenPANRB 14/2014 and 26/2020', () => {
  // Bands are exclusive below and inclusive above (PermenPANRB 26/2020).
  it.each([
    [100, 'AA'],
    [90.01, 'AA'],
    [90, 'A'],
    [89.99, 'A'],
    [80.01, 'A'],
    [80, 'BB'],
    [79.99, 'BB'],
    [70.01, 'BB'],
    [70, 'B'],
    [69.99, 'B'],
    [60.01, 'B'],
    [60, 'CC'],
    [59.99, 'CC'],
    [50.01, 'CC'],
    [50, 'C'],
    [49.99, 'C'],
    [30.01, 'C'],
    [30, 'D'],
    [29.99, 'D'],
    [0, 'D'],
    [-5, 'D'],
  ])('%s → %s', (index, predicate) => {
    expect(predicateOf(index)).toBe(predicate);
    expect(predicateOf(index, PREDICATE_RULE_2014)).toBe(predicate);
  });

  it('gives the published 2021 and 2022 Kemensos indexes BB', () => {
    expect(predicateOf(75.53)).toBe('BB');
    expect(predicateOf(77.1)).toBe('BB');
  });

  it('never lowers a predicate for a missed target: the rule has no such condition', () => {
    expect(predicateOf(85, PREDICATE_RULE_2014, true)).toBe('A');
  });
});

describe('predicateOf under the rule since 2023', () => {
  it.each([
    [110, false, 'AA'],
    [100, false, 'AA'],
    [100, true, 'AA'],
    [99.99, false, 'A'],
    [99.99, true, 'A-'],
    [90.5, false, 'A'],
    [84.12, false, 'A'],
    [84.12, true, 'A-'],
    [80.01, true, 'A-'],
    [80, true, 'BB'],
    [73.51, false, 'BB'],
    [70, false, 'B'],
    [69.76, true, 'B'],
    [50.01, false, 'CC'],
    [30.01, false, 'C'],
    [30, false, 'D'],
  ] as const)('%s (target missed: %s) → %s', (index, missed, predicate) => {
    expect(predicateOf(index, PREDICATE_RULE_2023, missed)).toBe(predicate);
  });

  it('is marked unconfirmed with its source', () => {
    expect(PREDICATE_RULE_2023.confidence).toBe('unconfirmed');
    expect(PREDICATE_RULE_2023.source).toContain('Portal RB');
    expect(PREDICATE_RULE_2014.confidence).toBe('official');
  });
});

describe('checkPredicateRule', () => {
  it('accepts both shipped rules', () => {
    expect(checkPredicateRule(PREDICATE_RULE_2014)).toEqual([]);
    expect(checkPredicateRule(PREDICATE_RULE_2023)).toEqual([]);
  });

  it('names each problem', () => {
    expect(
      checkPredicateRule({
        bands: [
          { predicate: 'A', above: 80 },
          { predicate: 'AA', above: 90, atLeast: 90 },
          { predicate: 'A', above: 10 },
          { predicate: 'B' },
          { predicate: 'D', above: 0 },
        ],
        belowTarget: { predicate: 'CC', becomes: 'B' },
        source: 'x',
        confidence: 'assumed',
      }),
    ).toEqual([
      'pita AA: isi "di atas" atau "sedikitnya", bukan keduanya',
      'pita AA: batas bawah harus menurun',
      'predikat A muncul dua kali',
      'pita B tanpa batas bawah',
      'pita terakhir (D) tanpa batas bawah',
      'predikat CC yang diturunkan tidak ada di pita',
      'predikat turunan B sudah dipakai pita lain',
    ]);
  });
});

describe('predicateLabel', () => {
  it('labels every predicate in Bahasa Indonesia as PRODUCT.md lists, and A- says why', () => {
    expect(PREDICATES.map((p) => [p, predicateLabel(p).id])).toEqual([
      ['AA', 'Sangat memuaskan'],
      ['A', 'Memuaskan'],
      ['A-', 'Memuaskan, dengan catatan'],
      ['BB', 'Sangat baik'],
      ['B', 'Baik'],
      ['CC', 'Cukup'],
      ['C', 'Kurang'],
      ['D', 'Sangat kurang'],
    ]);
  });
});
