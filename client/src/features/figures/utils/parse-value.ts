import type { AnswerType, AnswerValue } from '@rapor/shared/answers';

export type Parsed = { ok: true; value: AnswerValue | null } | { ok: false; message: string };

/**
 * What a person typed into a figure's field, as the API takes it: "72,69" and "72.69" are the
 * same number; an empty field clears the figure. Ranges are the server's to check (one rule).
 */
export function parseFigureInput(answer: AnswerType, text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (answer.type === 'number' || answer.type === 'percent') {
    const normalised = trimmed.replace(/\s/g, '').replace(',', '.');
    if (!/^-?\d+(\.\d+)?$/.test(normalised)) {
      return { ok: false, message: 'angka' };
    }
    return { ok: true, value: Number(normalised) };
  }
  if (answer.type === 'yesno') return { ok: true, value: trimmed === 'Ya' };
  return { ok: true, value: trimmed };
}
