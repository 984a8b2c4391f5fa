import type { AreaCode } from '../areas';
import type { AnswerType, ChoiceOption } from '../scoring/answers';
import type { FrameworkNodeInput } from './framework';

// Small builders keep the framework files readable as worksheets.

export const yesNo: AnswerType = { type: 'yesno' };
export const scaleAC: AnswerType = { type: 'scale', scale: 'A-C' };
export const scaleAD: AnswerType = { type: 'scale', scale: 'A-D' };
export const scaleAE: AnswerType = { type: 'scale', scale: 'A-E' };
export const percent: AnswerType = { type: 'percent' };
export const numberRange = (min: number, max: number, unit?: string): AnswerType => ({
  type: 'number',
  min,
  max,
  ...(unit && { unit }),
});
export const choice = (options: ChoiceOption[]): AnswerType => ({ type: 'choice', options });

/** BPK audit opinion (opini BPK atas laporan keuangan). WTP-DPP: WTP dengan paragraf penjelasan. */
export const bpkOpinion = choice([
  { value: 'WTP', label: { id: 'Wajar Tanpa Pengecualian', en: 'Unqualified' }, fraction: 1 },
  {
    value: 'WTP-DPP',
    label: { id: 'WTP dengan Paragraf Penjelasan', en: 'Unqualified with emphasis' },
    fraction: 0.75,
  },
  { value: 'WDP', label: { id: 'Wajar Dengan Pengecualian', en: 'Qualified' }, fraction: 0.5 },
  { value: 'TW', label: { id: 'Tidak Wajar', en: 'Adverse' }, fraction: 0 },
  { value: 'TMP', label: { id: 'Tidak Menyatakan Pendapat', en: 'Disclaimer' }, fraction: 0 },
]);

export function indicator(
  code: string,
  id: string,
  en: string,
  answer: AnswerType,
  weight?: number,
): FrameworkNodeInput {
  return { code, name: { id, en }, answer, ...(weight !== undefined && { weight }) };
}

export function group(
  code: string,
  id: string,
  en: string,
  weight: number,
  children: FrameworkNodeInput[],
  extra: Partial<Pick<FrameworkNodeInput, 'note' | 'assumed' | 'area'>> = {},
): FrameworkNodeInput {
  return { code, name: { id, en }, weight, children, ...extra };
}

export function areaGroup(
  area: AreaCode,
  code: string,
  id: string,
  en: string,
  weight: number,
  children: FrameworkNodeInput[],
  extra: Partial<Pick<FrameworkNodeInput, 'note' | 'assumed'>> = {},
): FrameworkNodeInput {
  return group(code, id, en, weight, children, { ...extra, area });
}
