import { describe, expect, it } from 'vitest';
import { formatNumber } from './format';

describe('formatNumber', () => {
  it.each([
    [75.53, 'id', '75,53'],
    [77.1, 'id', '77,10'],
    [1234.5, 'id', '1.234,50'],
    [77.1, 'en', '77.10'],
    [1234.5, 'en', '1,234.50'],
  ] as const)('%s in %s → %s', (value, locale, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });
});
