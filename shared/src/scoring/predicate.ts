import type { LocalizedText } from '../areas';

/**
 * Predikat Indeks RB (PermenPANRB 14/2014 and 26/2020): each band is exclusive below and
 * inclusive above, so 90 is A and 90.01 is AA.
 */
export const PREDICATES = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'] as const;
export type Predicate = (typeof PREDICATES)[number];

export interface PredicateBand {
  predicate: Predicate;
  /** exclusive lower bound; the index must be greater than this */
  above: number;
  /** inclusive upper bound */
  upTo: number;
  label: LocalizedText;
}

export const PREDICATE_BANDS: readonly PredicateBand[] = [
  // No ceiling: from 2023 the index is RB General + Tematik and can exceed 100.
  {
    predicate: 'AA',
    above: 90,
    upTo: Number.POSITIVE_INFINITY,
    label: { id: 'Sangat memuaskan', en: 'Excellent' },
  },
  { predicate: 'A', above: 80, upTo: 90, label: { id: 'Memuaskan', en: 'Very satisfying' } },
  { predicate: 'BB', above: 70, upTo: 80, label: { id: 'Sangat baik', en: 'Very good' } },
  { predicate: 'B', above: 60, upTo: 70, label: { id: 'Baik', en: 'Good' } },
  { predicate: 'CC', above: 50, upTo: 60, label: { id: 'Cukup', en: 'Fair' } },
  { predicate: 'C', above: 30, upTo: 50, label: { id: 'Kurang', en: 'Poor' } },
  {
    predicate: 'D',
    above: Number.NEGATIVE_INFINITY,
    upTo: 30,
    label: { id: 'Sangat kurang', en: 'Very poor' },
  },
];

export function predicateOf(index: number): Predicate {
  for (const band of PREDICATE_BANDS) if (index > band.above) return band.predicate;
  return 'D';
}

export function predicateLabel(predicate: Predicate): LocalizedText {
  const band = PREDICATE_BANDS.find((b) => b.predicate === predicate);
  if (!band) throw new Error(`unknown predicate ${predicate}`);
  return band.label;
}
