// Numbers as people type and read them here: a decimal comma ("72,69"; a point is taken too).

export type DecimalInput = { ok: true; value: number | null } | { ok: false };

/** What was typed into a number field: empty clears it, anything else must be a plain decimal. */
export function parseDecimal(text: string): DecimalInput {
  const normalised = text.replace(/\s/g, '').replace(',', '.');
  if (normalised === '') return { ok: true, value: null };
  return /^-?\d+(\.\d+)?$/.test(normalised)
    ? { ok: true, value: Number(normalised) }
    : { ok: false };
}

/** A stored number for a field to edit, with a decimal comma; empty when there is none. */
export function decimalText(value: unknown): string {
  return typeof value === 'number' ? String(value).replace('.', ',') : '';
}
