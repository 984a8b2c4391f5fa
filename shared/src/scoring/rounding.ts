/** Rounds to 2 decimals, half away from zero, robust to binary fractions like 1.005. */
export function round2(x: number): number {
  const cents = Math.round(Math.abs(x) * 100 + 1e-9);
  return (Math.sign(x) * cents) / 100;
}

/**
 * Rounds parts to cents so that they add up exactly to `total` cents (largest-remainder
 * method): each part moves by less than one cent from its exact value. Used so that a
 * reader who adds the displayed areas gets the displayed component, and the components
 * the displayed index.
 */
export function apportionCents(parts: readonly number[], totalCents: number): number[] {
  const scaled = parts.map((p) => p * 100);
  const floors = scaled.map((s) => Math.floor(s + 1e-9));
  let remaining = totalCents - floors.reduce((s, f) => s + f, 0);
  const order = scaled
    .map((s, i) => ({ i, rest: s - (floors[i] ?? 0) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  const cents = [...floors];
  const n = order.length;
  for (let k = 0; remaining > 0 && n > 0; k++, remaining--) {
    const slot = order[k % n];
    if (slot) cents[slot.i] = (cents[slot.i] ?? 0) + 1;
  }
  for (let k = 0; remaining < 0 && n > 0; k++, remaining++) {
    const slot = order[n - 1 - (k % n)];
    if (slot) cents[slot.i] = (cents[slot.i] ?? 0) - 1;
  }
  return cents;
}

export const toCents = (x: number) => Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9));
// `|| 0` turns −0 (a tiny negative total rounded) into 0: nobody should read "−0,00".
export const fromCents = (c: number) => (c || 0) / 100;
