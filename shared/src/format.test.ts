import { describe, expect, it } from 'vitest';
import { formatLongDate, formatNumber, formatPlainNumber } from './format';

describe('numbers as readers see them', () => {
  it('writes a plain number with as many decimals as it has, at most two, in the locale', () => {
    expect(formatPlainNumber(3.2, 'id')).toBe('3,2');
    expect(formatPlainNumber(3.2, 'en')).toBe('3.2');
    expect(formatPlainNumber(3, 'id')).toBe('3');
    expect(formatPlainNumber(72.456, 'id')).toBe('72,46');
    expect(formatPlainNumber(1250, 'id')).toBe('1.250');
  });

  it('writes a figure with fixed decimals', () => {
    expect(formatNumber(84.1, 'id')).toBe('84,10');
    expect(formatNumber(110, 'id', 0)).toBe('110');
  });
});

describe('dates as a letter is dated', () => {
  it('names the month in full, in either language', () => {
    expect(formatLongDate('2025-03-14', 'id')).toBe('14 Maret 2025');
    expect(formatLongDate('2025-03-14', 'en')).toBe('14 March 2025');
  });
});
