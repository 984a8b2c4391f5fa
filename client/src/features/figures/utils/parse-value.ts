import type { AnswerType, AnswerValue } from '@rapor/shared/answers';
import { parseDecimal } from '../../../lib/decimal';

export type Parsed = { ok: true; value: AnswerValue | null } | { ok: false; message: string };

/**
 * What a person typed into a figure's field, as the API takes it: "72,69" and "72.69" are the
 * same number; an empty field clears the figure. Ranges are the server's to check (one rule).
 */
export function parseFigureInput(answer: AnswerType, text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (answer.type === 'number' || answer.type === 'percent') {
    const parsed = parseDecimal(trimmed);
    return parsed.ok ? parsed : { ok: false, message: 'angka' };
  }
  if (answer.type === 'yesno') return { ok: true, value: trimmed === 'Ya' };
  return { ok: true, value: trimmed };
}
