import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionCents, round2, toCents } from './rounding';

describe('round2', () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [75.525, 75.53],
    [77.1, 77.1],
    [0.004, 0],
    [-1.005, -1.01],
    [1 / 3, 0.33],
  ])('%s → %s', (x, expected) => {
    expect(round2(x)).toBe(expected);
  });
});

describe('apportionCents', () => {
  it('makes displayed parts add up to the displayed whole', () => {
    // 3 × 1/3 = 1.00, naive rounding would show 0.33 + 0.33 + 0.33 = 0.99
    expect(apportionCents([1 / 3, 1 / 3, 1 / 3], 100)).toEqual([34, 33, 33]);
  });

  it('gives the cent to the part with the largest remainder', () => {
    // remainders .4, .8, .3: the two cents go to the second and the first part
    expect(apportionCents([1.004, 2.008, 3.003], 602)).toEqual([101, 201, 300]);
  });

  it('keeps parts within one cent of their exact value and sums exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 20, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (parts) => {
          const total = toCents(parts.reduce((s, p) => s + p, 0));
          const cents = apportionCents(parts, total);
          expect(cents.reduce((s, c) => s + c, 0)).toBe(total);
          cents.forEach((c, i) => {
            expect(Math.abs(c - (parts[i] ?? 0) * 100)).toBeLessThan(1 + 1e-6);
          });
        },
      ),
    );
  });
});
