import { describe, expect, it } from 'vitest';
import { decimalText, parseDecimal } from './decimal';

describe('parseDecimal', () => {
  it.each([
    ['72,69', 72.69],
    ['72.69', 72.69],
    [' 80 ', 80],
    ['1 250', 1250],
    ['-3', -3],
  ])('reads %s as %s', (text, value) => {
    expect(parseDecimal(text)).toEqual({ ok: true, value });
  });

  it('reads an empty field as clearing the value', () => {
    expect(parseDecimal('  ')).toEqual({ ok: true, value: null });
  });

  it.each(['tujuh puluh', '72,6,9', '1e3', '0x10', '12,'])('refuses %s', (text) => {
    expect(parseDecimal(text)).toEqual({ ok: false });
  });
});

describe('decimalText', () => {
  it('writes a number with a decimal comma, and nothing for no number', () => {
    expect(decimalText(72.69)).toBe('72,69');
    expect(decimalText(80)).toBe('80');
    expect(decimalText(null)).toBe('');
    expect(decimalText('WTP')).toBe('');
  });
});
