import { z } from 'zod';

/**
 * Leaf answer types of an LKE worksheet and how each converts to a fraction 0..1.
 * Conversions follow the PMPRB worksheets: Ya/Tidak 1/0; lettered scales A–C, A–D, A–E
 * spread evenly from 1 down to 0; percentages 0–100; numbers with a declared linear range
 * (survey indices, SAKIP scores, levels); choices with a table (BPK audit opinion).
 */
export const SCALES = {
  'A-C': { A: 1, B: 0.5, C: 0 },
  'A-D': { A: 1, B: 0.67, C: 0.33, D: 0 },
  'A-E': { A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 },
} as const satisfies Record<string, Record<string, number>>;
export type ScaleId = keyof typeof SCALES;
export const SCALE_IDS = Object.keys(SCALES) as ScaleId[];

export const ChoiceOption = z.object({
  value: z.string().min(1),
  label: z.object({ id: z.string(), en: z.string() }),
  fraction: z.number().min(0).max(1),
});
export type ChoiceOption = z.infer<typeof ChoiceOption>;

export const AnswerType = z.discriminatedUnion('type', [
  z.object({ type: z.literal('yesno') }),
  z.object({ type: z.literal('scale'), scale: z.enum(['A-C', 'A-D', 'A-E']) }),
  z.object({ type: z.literal('percent') }),
  z.object({
    type: z.literal('number'),
    /** the source's own range: min scores 0, max scores 1, anything outside is refused */
    min: z.number(),
    max: z.number(),
    unit: z.string().optional(),
    /** whole numbers only (APIP capability and SPIP maturity are levels 1–5) */
    integer: z.boolean().optional(),
    /**
     * Scored as value ÷ max (PermenPANRB 9/2023: a maturity of 3 on 1–5 is 3/5) instead of
     * linearly from min (0) to max (1). Below zero it scores below zero: the coefficient.
     */
    ofMax: z.boolean().optional(),
  }),
  z.object({ type: z.literal('choice'), options: z.array(ChoiceOption).min(2) }),
]);
export type AnswerType = z.infer<typeof AnswerType>;

/** A stored answer: Ya/Tidak as boolean, scale letters and choices as strings, numbers as numbers. */
export const AnswerValue = z.union([z.boolean(), z.number().finite(), z.string().min(1).max(20)]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/**
 * One answer a worksheet offers for a question, with what it means for that question
 * (coverage all / most / few / none; done / partly / not; the condition for "Ya").
 */
export const AnswerOption = z.object({
  code: z.string().min(1).max(20),
  fraction: z.number().min(0).max(1),
  criterion: z.object({ id: z.string().min(1), en: z.string().min(1) }),
});
export type AnswerOption = z.infer<typeof AnswerOption>;

export const YES_NO_CODES = ['Ya', 'Tidak'] as const;

/** The option codes of an answer type that offers options, best first; none for numbers. */
export function optionCodes(answer: AnswerType): string[] {
  switch (answer.type) {
    case 'yesno':
      return [...YES_NO_CODES];
    case 'scale':
      return Object.keys(SCALES[answer.scale]);
    case 'choice':
      return answer.options.map((o) => o.value);
    default:
      return [];
  }
}

/** The option code a stored value stands for (Ya/Tidak for booleans). */
export function optionCodeOf(value: AnswerValue): string {
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
  return typeof value === 'string' ? value.toUpperCase() : String(value);
}

export type FractionResult = { ok: true; fraction: number } | { ok: false; message: string };

const fmt = (x: number) => String(x).replace('.', ',');

/** The range an answer type accepts, in words, for error messages ("1–5, bilangan bulat"). */
export function rangeText(answer: AnswerType, locale: 'id' | 'en' = 'id'): string | undefined {
  if (answer.type === 'percent') return '0–100';
  if (answer.type !== 'number') return undefined;
  // "−10 sampai 2" rather than "-10–2", which reads as a dash between two minuses.
  const span =
    answer.min < 0
      ? `${fmt(answer.min).replace('-', '−')} ${locale === 'id' ? 'sampai' : 'to'} ${fmt(answer.max)}`
      : `${fmt(answer.min)}–${fmt(answer.max)}`;
  const whole = locale === 'id' ? ', bilangan bulat' : ', whole number';
  // On a short scale (a level 1–5, an index 0–3) whether 3,5 is allowed is what people ask:
  // say it either way. Each framework decides (SPIP maturity is a whole level under
  // pmprb-2021, as BPKP reported it then, and BPKP's decimal score under pmprb-2023).
  const decimal = locale === 'id' ? ', boleh desimal' : ', decimals allowed';
  const short = answer.max - answer.min <= 10;
  return `${span}${answer.integer ? whole : short ? decimal : ''}`;
}

/** Converts an answer to its fraction of the indicator's weight, or says why it cannot. */
export function fractionOf(answer: AnswerType, value: AnswerValue): FractionResult {
  switch (answer.type) {
    case 'yesno':
      return typeof value === 'boolean'
        ? { ok: true, fraction: value ? 1 : 0 }
        : { ok: false, message: 'jawaban harus Ya atau Tidak (true/false)' };
    case 'scale': {
      const table: Record<string, number> = SCALES[answer.scale];
      const letter = typeof value === 'string' ? value.toUpperCase() : undefined;
      const fraction = letter === undefined ? undefined : table[letter];
      return fraction === undefined
        ? { ok: false, message: `jawaban harus salah satu dari ${Object.keys(table).join(', ')}` }
        : { ok: true, fraction };
    }
    // Out of range is an error, never clamped: a figure of 130 % or level 3.5 is a typo or a
    // misread source, and scoring it quietly would hide that.
    case 'percent':
      return typeof value === 'number' && value >= 0 && value <= 100
        ? { ok: true, fraction: value / 100 }
        : { ok: false, message: 'jawaban harus persentase dalam rentang 0–100' };
    case 'number': {
      const inRange =
        typeof value === 'number' &&
        value >= answer.min &&
        value <= answer.max &&
        (!answer.integer || Number.isInteger(value));
      return inRange
        ? {
            ok: true,
            fraction: answer.ofMax
              ? value / answer.max
              : (value - answer.min) / (answer.max - answer.min),
          }
        : { ok: false, message: `jawaban harus angka dalam rentang ${rangeText(answer)}` };
    }
    case 'choice': {
      const option = answer.options.find((o) => o.value === value);
      return option
        ? { ok: true, fraction: option.fraction }
        : {
            ok: false,
            message: `jawaban harus salah satu dari ${answer.options.map((o) => o.value).join(', ')}`,
          };
    }
  }
}
