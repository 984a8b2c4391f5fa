import type { AreaCode } from '../areas';
import type { AnswerType, ChoiceOption } from '../scoring/answers';
import type { FrameworkNodeInput, OptionInput } from './framework';

// Small builders keep the framework files readable as worksheets.

export const yesNo: AnswerType = { type: 'yesno' };
export const scaleAC: AnswerType = { type: 'scale', scale: 'A-C' };
export const scaleAD: AnswerType = { type: 'scale', scale: 'A-D' };
export const scaleAE: AnswerType = { type: 'scale', scale: 'A-E' };
export const percent: AnswerType = { type: 'percent' };
export const numberRange = (
  min: number,
  max: number,
  unit?: string,
  opts: { integer?: boolean; ofMax?: boolean } = {},
): AnswerType => ({
  type: 'number',
  min,
  max,
  ...(unit && { unit }),
  ...(opts.integer && { integer: true }),
  ...(opts.ofMax && { ofMax: true }),
});
/** A whole level 1–5 as BPKP reports APIP capability and SPIP maturity. */
export const level1to5 = numberRange(1, 5, 'level', { integer: true });
export const choice = (options: ChoiceOption[]): AnswerType => ({ type: 'choice', options });

/**
 * BPK audit opinion (opini BPK atas laporan keuangan). WTP-DPP: WTP dengan paragraf
 * penjelasan. TW is the adverse opinion, TMP the disclaimer; a ministry that prepared no
 * statement gets nothing.
 */
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
  {
    value: 'TIDAK-DISUSUN',
    label: { id: 'Laporan keuangan tidak disusun', en: 'No statement prepared' },
    fraction: 0,
  },
]);

// --- criteria: what each option means for one question ---------------------------------

type Words = readonly [id: string, en: string];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const option = (code: string, id: string, en: string): OptionInput => ({
  code,
  criterion: { id, en },
});

/** A–D graded by coverage of `who` (unit kerja, pegawai, rencana aksi …): all / most / few / none. */
export function coverageAD([id, en]: Words): OptionInput[] {
  return [
    option('A', `Sudah pada seluruh ${id}`, `In all ${en}`),
    option('B', `Pada sebagian besar ${id} (lebih dari separuh)`, `In most ${en} (over half)`),
    option(
      'C',
      `Pada sebagian kecil ${id} (separuh atau kurang)`,
      `In a few ${en} (half or fewer)`,
    ),
    option('D', `Belum pada ${id} mana pun`, `In none of the ${en} yet`),
  ];
}

/** A–E graded by the share of `who` covered. */
export function coverageAE([id, en]: Words): OptionInput[] {
  return [
    option('A', `Pada seluruh ${id}`, `In all ${en}`),
    option('B', `Pada lebih dari 75% ${id}`, `In over 75% of ${en}`),
    option('C', `Pada 50–75% ${id}`, `In 50–75% of ${en}`),
    option('D', `Pada kurang dari 50% ${id}`, `In under 50% of ${en}`),
    option('E', `Belum pada ${id} mana pun`, `In none of the ${en} yet`),
  ];
}

/** A–C graded by the state of `thing` (a document, a system, a practice): done / partly / not. */
export function progressAC([id, en]: Words): OptionInput[] {
  return [
    option(
      'A',
      `${capital(id)} sudah ada, lengkap, dan dijalankan`,
      `${capital(en)} in place, complete and in use`,
    ),
    option(
      'B',
      `${capital(id)} sudah ada, tetapi belum lengkap atau belum dijalankan sepenuhnya`,
      `${capital(en)} in place but incomplete or only partly in use`,
    ),
    option('C', `${capital(id)} belum ada`, `No ${en} yet`),
  ];
}

/** Ya/Tidak: "Ya" when the statement holds and the evidence shows it. */
export function condition([id, en]: Words): OptionInput[] {
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return [
    option(
      'Ya',
      `Ya: ${lower(id)}, dan data dukung membuktikannya`,
      `Yes: ${lower(en)}, and the evidence shows it`,
    ),
    option(
      'Tidak',
      'Tidak: belum terpenuhi, atau tanpa data dukung',
      'No: not met, or no evidence',
    ),
  ];
}

/** One question of a sub-component; `sub` gives it its code. */
export type Question = Omit<FrameworkNodeInput, 'code'>;
const question = (
  id: string,
  en: string,
  answer: AnswerType,
  options: OptionInput[],
): Question => ({
  name: { id, en },
  answer,
  options,
});
/** A–D question graded by coverage of `who`. */
export const ad = (id: string, en: string, who: Words) =>
  question(id, en, scaleAD, coverageAD(who));
/** A–E question graded by coverage of `who`. */
export const ae = (id: string, en: string, who: Words) =>
  question(id, en, scaleAE, coverageAE(who));
/** A–C question graded by the state of `thing`. */
export const ac = (id: string, en: string, thing: Words) =>
  question(id, en, scaleAC, progressAC(thing));
/** Ya/Tidak question stated as the condition for "Ya". */
export const yn = (id: string, en: string) => question(id, en, yesNo, condition([id, en]));

/** A sub-component whose questions share its weight equally, coded `code.a`, `code.b`, … */
export function sub(
  code: string,
  id: string,
  en: string,
  weight: number,
  questions: Question[],
): FrameworkNodeInput {
  return group(
    code,
    id,
    en,
    weight,
    questions.map((q, i) => ({ ...q, code: `${code}.${String.fromCharCode(97 + i)}` })),
  );
}

export function indicator(
  code: string,
  id: string,
  en: string,
  answer: AnswerType,
  weight?: number,
  extra: Partial<
    Pick<
      FrameworkNodeInput,
      'options' | 'sourcedBy' | 'note' | 'assumed' | 'outcome' | 'area' | 'rubric' | 'fromPlan'
    >
  > = {},
): FrameworkNodeInput {
  return { code, name: { id, en }, answer, ...(weight !== undefined && { weight }), ...extra };
}

/** A figure an outside assessment reports, entered with its source document. */
export function figure(
  code: string,
  id: string,
  en: string,
  answer: AnswerType,
  sourcedBy: string,
  weight?: number,
  outcome?: FrameworkNodeInput['outcome'],
): FrameworkNodeInput {
  return indicator(code, id, en, answer, weight, { sourcedBy, ...(outcome && { outcome }) });
}

export function group(
  code: string,
  id: string,
  en: string,
  weight: number,
  children: FrameworkNodeInput[],
  extra: Partial<Pick<FrameworkNodeInput, 'note' | 'assumed' | 'area' | 'adjustment'>> = {},
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
