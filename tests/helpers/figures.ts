import type { Figure } from '@rapor/shared/figure-schemas';

/** A valid value for a figure: 80 % along a number range, the first of a list. */
export function valueFor(f: Figure): number | string {
  const a = f.answer;
  if (a.type === 'number') return Math.round((a.min + 0.8 * (a.max - a.min)) * 100) / 100;
  if (a.type === 'choice') return a.options[0]?.value ?? '';
  return 80;
}
