import { describe, expect, it } from 'vitest';
import { PREDICATE_BANDS, predicateLabel, predicateOf } from './predicate';

describe('predicateOf', () => {
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
  ])('%s → %s', (index, predicate) => {
    expect(predicateOf(index)).toBe(predicate);
  });

  it('gives the published 2021 and 2022 Kemensos indexes BB', () => {
    expect(predicateOf(75.53)).toBe('BB');
    expect(predicateOf(77.1)).toBe('BB');
  });

  it('labels every predicate in Bahasa Indonesia as PRODUCT.md lists', () => {
    expect(PREDICATE_BANDS.map((b) => [b.predicate, predicateLabel(b.predicate).id])).toEqual([
      ['AA', 'Sangat memuaskan'],
      ['A', 'Memuaskan'],
      ['BB', 'Sangat baik'],
      ['B', 'Baik'],
      ['CC', 'Cukup'],
      ['C', 'Kurang'],
      ['D', 'Sangat kurang'],
    ]);
  });
});
