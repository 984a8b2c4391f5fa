import { describe, expect, it } from 'vitest';
import { type AnswerType, fractionOf, rangeText } from './answers';

const ok = (fraction: number) => ({ ok: true, fraction });
const opinion: AnswerType = {
  type: 'choice',
  options: [
    { value: 'WTP', label: { id: 'WTP', en: 'Unqualified' }, fraction: 1 },
    { value: 'WDP', label: { id: 'WDP', en: 'Qualified' }, fraction: 0.5 },
    { value: 'TMP', label: { id: 'TMP', en: 'Disclaimer' }, fraction: 0 },
  ],
};

describe('fractionOf', () => {
  it.each([
    [true, 1],
    [false, 0],
  ])('Ya/Tidak %s → %s', (value, fraction) => {
    expect(fractionOf({ type: 'yesno' }, value)).toEqual(ok(fraction));
  });

  it.each([
    ['A-C', 'A', 1],
    ['A-C', 'B', 0.5],
    ['A-C', 'C', 0],
    ['A-D', 'A', 1],
    ['A-D', 'B', 0.67],
    ['A-D', 'C', 0.33],
    ['A-D', 'D', 0],
    ['A-E', 'A', 1],
    ['A-E', 'B', 0.75],
    ['A-E', 'C', 0.5],
    ['A-E', 'D', 0.25],
    ['A-E', 'E', 0],
    ['A-E', 'b', 0.75],
  ] as const)('scale %s answer %s → %s', (scale, letter, fraction) => {
    expect(fractionOf({ type: 'scale', scale }, letter)).toEqual(ok(fraction));
  });

  it('rejects a letter outside the scale and names the allowed ones', () => {
    const result = fractionOf({ type: 'scale', scale: 'A-C' }, 'D');
    expect(result).toEqual({ ok: false, message: 'jawaban harus salah satu dari A, B, C' });
  });

  it.each([
    [0, 0],
    [42.5, 0.425],
    [100, 1],
  ])('percentage %s → %s', (value, fraction) => {
    expect(fractionOf({ type: 'percent' }, value)).toEqual(ok(fraction));
  });

  it.each([-1, 100.5, 130])('refuses percentage %s and names the range', (value) => {
    expect(fractionOf({ type: 'percent' }, value)).toEqual({
      ok: false,
      message: 'jawaban harus persentase dalam rentang 0–100',
    });
  });

  it.each([
    [0, 0],
    [2.5, 0.25],
    [10, 1],
  ])('number on a 0–10 index: %s → %s', (value, fraction) => {
    expect(fractionOf({ type: 'number', min: 0, max: 10 }, value)).toEqual(ok(fraction));
  });

  it.each([11, -3])('refuses %s outside a 0–10 index and names the range', (value) => {
    expect(fractionOf({ type: 'number', min: 0, max: 10 }, value)).toEqual({
      ok: false,
      message: 'jawaban harus angka dalam rentang 0–10, boleh desimal',
    });
  });

  it('takes whole levels only where the source gives levels', () => {
    const level = { type: 'number', min: 1, max: 5, integer: true } as const;
    expect(fractionOf(level, 3)).toEqual(ok(0.5));
    expect(fractionOf(level, 3.5)).toEqual({
      ok: false,
      message: 'jawaban harus angka dalam rentang 1–5, bilangan bulat',
    });
  });

  it('says on a short scale whether decimals are taken, and nothing on a long one', () => {
    expect(rangeText({ type: 'number', min: 1, max: 5 })).toBe('1–5, boleh desimal');
    expect(rangeText({ type: 'number', min: 1, max: 5, integer: true })).toBe(
      '1–5, bilangan bulat',
    );
    expect(rangeText({ type: 'number', min: 1, max: 5 }, 'en')).toBe('1–5, decimals allowed');
    expect(rangeText({ type: 'number', min: 0, max: 100 })).toBe('0–100');
  });

  it('names a decimal range with a decimal comma', () => {
    expect(fractionOf({ type: 'number', min: 0, max: 2.5 }, 3).ok).toBe(false);
    expect(fractionOf({ type: 'number', min: 0, max: 2.5 }, 3)).toMatchObject({
      message: 'jawaban harus angka dalam rentang 0–2,5, boleh desimal',
    });
  });

  it('converts a number against a range that does not start at zero', () => {
    expect(fractionOf({ type: 'number', min: 1, max: 5 }, 4)).toEqual(ok(0.75));
  });

  it.each([
    ['WTP', 1],
    ['WDP', 0.5],
    ['TMP', 0],
  ])('BPK opinion %s → %s by the framework table', (value, fraction) => {
    expect(fractionOf(opinion, value)).toEqual(ok(fraction));
  });

  it('rejects an opinion not in the table', () => {
    expect(fractionOf(opinion, 'XYZ')).toEqual({
      ok: false,
      message: 'jawaban harus salah satu dari WTP, WDP, TMP',
    });
  });

  it.each([
    [{ type: 'yesno' }, 1],
    [{ type: 'scale', scale: 'A-E' }, true],
    [{ type: 'percent' }, 'A'],
    [{ type: 'number', min: 0, max: 10 }, false],
  ] as const)('rejects a value of the wrong kind for %o', (answer, value) => {
    expect(fractionOf(answer, value).ok).toBe(false);
  });
});
