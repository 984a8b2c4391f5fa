import type { AnswerType } from '@rapor/shared/answers';
import { describe, expect, it } from 'vitest';
import { parseFigureInput } from './parse-value';

const number = { type: 'number', min: 0, max: 100 } as const;

describe('parseFigureInput', () => {
  it.each([
    ['72,69', 72.69],
    ['72.69', 72.69],
    [' 80 ', 80],
    ['3', 3],
  ])('reads %s as %s', (text, value) => {
    expect(parseFigureInput(number, text)).toEqual({ ok: true, value });
  });

  it('clears the figure on an empty field', () => {
    expect(parseFigureInput(number, '  ')).toEqual({ ok: true, value: null });
  });

  it.each(['tujuh puluh', '72,6,9', '1e3'])('refuses %s as a number', (text) => {
    expect(parseFigureInput({ type: 'percent' }, text).ok).toBe(false);
  });

  it('keeps a choice as its code', () => {
    const opinion: AnswerType = {
      type: 'choice',
      options: [
        { value: 'WTP', label: { id: 'WTP', en: 'WTP' }, fraction: 1 },
        { value: 'WDP', label: { id: 'WDP', en: 'WDP' }, fraction: 0.5 },
      ],
    };
    expect(parseFigureInput(opinion, 'WDP')).toEqual({ ok: true, value: 'WDP' });
  });
});
