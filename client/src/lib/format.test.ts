import { describe, expect, it } from 'vitest';
import { formatDate, formatDelta, formatNumber, formatPercent, plainValue } from './format';

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

describe('formatDelta', () => {
  it.each([
    [0.78, 'id', '+0,78'],
    [-1.2, 'id', '−1,20'],
    [0, 'id', '0,00'],
    [1.54, 'en', '+1.54'],
    [-12.5, 'en', '−12.50'],
  ] as const)('%s in %s → %s', (value, locale, expected) => {
    expect(formatDelta(value, locale)).toBe(expected);
  });
});

describe('formatPercent and formatDate', () => {
  it('writes percentages with the locale decimal mark', () => {
    expect(formatPercent(83.83, 'id')).toBe('83,83%');
    expect(formatPercent(83.83, 'en')).toBe('83.83%');
  });
  it('writes dates in the locale', () => {
    expect(formatDate('2025-06-30', 'id')).toBe('30 Jun 2025');
    expect(formatDate('2025-06-30', 'en')).toBe('30 Jun 2025');
    expect(formatDate('2019-08-15', 'id')).toBe('15 Agu 2019');
  });
});

describe('plainValue', () => {
  it('writes a number as the English reader does', () => {
    expect(plainValue(72.5, 'en')).toBe('72.5');
  });

  it.each([
    [null, '—'],
    ['', '—'],
    [true, 'Ya'],
    [false, 'Tidak'],
    ['B', 'B'],
    [72.5, '72,5'],
    [3, '3'],
    [1234.567, '1.234,57'],
    [
      [
        { label: 'SK', url: 'x' },
        { label: 'Laporan', url: 'y' },
      ],
      'SK, Laporan',
    ],
    [[], '—'],
  ])('writes %o as %s', (value, text) => {
    expect(plainValue(value, 'id')).toBe(text);
  });
});
