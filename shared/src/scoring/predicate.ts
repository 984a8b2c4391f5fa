import type { LocalizedText } from '../areas';

/**
 * Predikat Indeks RB. A- exists only where a framework's rule lowers A when an item misses its
 * target baik (the national app's rule since 2023).
 */
export const PREDICATES = ['AA', 'A', 'A-', 'BB', 'B', 'CC', 'C', 'D'] as const;
export type Predicate = (typeof PREDICATES)[number];

const PREDICATE_LABELS: Record<Predicate, LocalizedText> = {
  AA: { id: 'Sangat memuaskan', en: 'Excellent' },
  A: { id: 'Memuaskan', en: 'Very satisfying' },
  // the reason (items below target baik) is said beside it on every surface
  'A-': { id: 'Memuaskan, dengan catatan', en: 'Very satisfying, with reservations' },
  BB: { id: 'Sangat baik', en: 'Very good' },
  B: { id: 'Baik', en: 'Good' },
  CC: { id: 'Cukup', en: 'Fair' },
  C: { id: 'Kurang', en: 'Poor' },
  D: { id: 'Sangat kurang', en: 'Very poor' },
};

export function predicateLabel(predicate: Predicate): LocalizedText {
  return PREDICATE_LABELS[predicate];
}

/**
 * One band of a rule, highest first: the index belongs to it when it is greater than `above`,
 * or at least `atLeast`. The last band has neither and takes everything below.
 */
export interface PredicateStep {
  predicate: Predicate;
  above?: number;
  atLeast?: number;
}

/** How sure a rule is: published in the regulation, read from a secondary source, or ours. */
export const RULE_CONFIDENCES = ['official', 'unconfirmed', 'assumed'] as const;
export type RuleConfidence = (typeof RULE_CONFIDENCES)[number];

/**
 * A framework version's predicate rule as data, so that each year keeps the scale of its own
 * method and a ministry can load the official wording as a new version.
 */
export interface PredicateRule {
  bands: readonly PredicateStep[];
  /**
   * A band that is lowered when any item with a target baik misses it (an item with no value
   * misses it; one not applicable is left out): A becomes A- since 2023.
   */
  belowTarget?: { predicate: Predicate; becomes: Predicate };
  /** where the rule comes from, in words */
  source: string;
  confidence: RuleConfidence;
}

/** PermenPANRB 14/2014 and 26/2020: each band exclusive below and inclusive above (90 is A, 90.01 AA). */
export const PREDICATE_RULE_2014: PredicateRule = {
  bands: [
    { predicate: 'AA', above: 90 },
    { predicate: 'A', above: 80 },
    { predicate: 'BB', above: 70 },
    { predicate: 'B', above: 60 },
    { predicate: 'CC', above: 50 },
    { predicate: 'C', above: 30 },
    { predicate: 'D' },
  ],
  source: 'PermenPANRB 14/2014 dan 26/2020',
  confidence: 'official',
};

/**
 * The rule the national Portal RB app applies since 2023 (its public codebase; not yet
 * confirmed by the guideline's text): AA only from 100, and A- between 80 and 100 when an item
 * misses its target baik.
 */
export const PREDICATE_RULE_2023: PredicateRule = {
  // the bands below AA are those of 2014
  bands: [{ predicate: 'AA', atLeast: 100 }, ...PREDICATE_RULE_2014.bands.slice(1)],
  belowTarget: { predicate: 'A', becomes: 'A-' },
  source:
    'Kode publik aplikasi Portal RB nasional (resolvePredikat), belum terkonfirmasi teks KepmenPANRB 739/2023 dan 182/2024',
  confidence: 'unconfirmed',
};

function inBand(step: PredicateStep, index: number): boolean {
  if (step.atLeast !== undefined) return index >= step.atLeast;
  if (step.above !== undefined) return index > step.above;
  return true;
}

/**
 * The predicate of an index under a rule. `targetMissed` says whether any item with a target
 * baik misses it; only a rule with `belowTarget` reads it.
 */
export function predicateOf(
  index: number,
  rule: PredicateRule = PREDICATE_RULE_2014,
  targetMissed = false,
): Predicate {
  const band = rule.bands.find((b) => inBand(b, index));
  const predicate = band?.predicate ?? 'D';
  const lowered = rule.belowTarget;
  return lowered && targetMissed && lowered.predicate === predicate ? lowered.becomes : predicate;
}

/** The rule's errors in plain words: bands from high to low, the last one open below. */
export function checkPredicateRule(rule: PredicateRule): string[] {
  const errors: string[] = [];
  const bands = rule.bands;
  if (bands.length < 2) errors.push('aturan predikat butuh sedikitnya dua pita');
  let previous = Number.POSITIVE_INFINITY;
  const seen = new Set<Predicate>();
  bands.forEach((b, i) => {
    if (seen.has(b.predicate)) errors.push(`predikat ${b.predicate} muncul dua kali`);
    seen.add(b.predicate);
    const bound = b.atLeast ?? b.above;
    const last = i === bands.length - 1;
    if (b.atLeast !== undefined && b.above !== undefined) {
      errors.push(`pita ${b.predicate}: isi "di atas" atau "sedikitnya", bukan keduanya`);
    }
    if (last && bound !== undefined)
      errors.push(`pita terakhir (${b.predicate}) tanpa batas bawah`);
    if (!last && bound === undefined) errors.push(`pita ${b.predicate} tanpa batas bawah`);
    if (bound !== undefined) {
      if (!(bound < previous)) errors.push(`pita ${b.predicate}: batas bawah harus menurun`);
      previous = bound;
    }
  });
  const lowered = rule.belowTarget;
  if (lowered && !seen.has(lowered.predicate)) {
    errors.push(`predikat ${lowered.predicate} yang diturunkan tidak ada di pita`);
  }
  if (lowered && seen.has(lowered.becomes)) {
    errors.push(`predikat turunan ${lowered.becomes} sudah dipakai pita lain`);
  }
  return errors;
}
