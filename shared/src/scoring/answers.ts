import { z } from 'zod';

/**
 * Leaf answer types of an LKE worksheet and how each converts to a fraction 0..1.
 * Conversions follow the PMPRB worksheets: Ya/Tidak 1/0; lettered scales A–C, A–D, A–E
 * spread evenly from 1 down to 0; percentages capped at 1; numbers with a declared linear
 * range (survey indices, SAKIP scores); choices with a table (BPK audit opinion).
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
    /** value at which the fraction is 0 and 1; values outside are clamped */
    min: z.number(),
    max: z.number(),
    unit: z.string().optional(),
  }),
  z.object({ type: z.literal('choice'), options: z.array(ChoiceOption).min(2) }),
]);
export type AnswerType = z.infer<typeof AnswerType>;

/** A stored answer: Ya/Tidak as boolean, scale letters and choices as strings, numbers as numbers. */
export const AnswerValue = z.union([z.boolean(), z.number().finite(), z.string().min(1).max(20)]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export type FractionResult = { ok: true; fraction: number } | { ok: false; message: string };

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

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
    case 'percent':
      return typeof value === 'number' && value >= 0
        ? { ok: true, fraction: clamp01(value / 100) }
        : { ok: false, message: 'jawaban harus persentase 0 atau lebih' };
    case 'number':
      return typeof value === 'number'
        ? { ok: true, fraction: clamp01((value - answer.min) / (answer.max - answer.min)) }
        : { ok: false, message: 'jawaban harus berupa angka' };
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
