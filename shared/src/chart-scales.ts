import { PREDICATE_RULE_2014, type Predicate, type PredicateRule } from './scoring/predicate';

// Axes, bands and markers of the year charts: the overview, the area page, the web deck and
// the PowerPoint draw them from here, so every chart crossing a method change marks it alike.

/** Light band fills behind the index line (hex, as PowerPoint takes them); the predicate is written on each band. */
export const BAND_FILL: Record<Predicate, string> = {
  AA: '#dcefe1',
  A: '#e7f2dc',
  'A-': '#edf3da',
  BB: '#f2f4d8',
  B: '#faf0d4',
  CC: '#fbe6d2',
  C: '#f9ddd6',
  D: '#f5d5d5',
};

/**
 * Years whose method (regulation) differs from the year before. A new version of the same
 * method (2021: SPI added to PermenPANRB 26/2020) is not a method change.
 */
export function methodChanges(
  series: readonly { year: number; framework: string; method: string }[],
) {
  return series
    .filter((p, i) => i > 0 && p.method !== series[i - 1]?.method)
    .map((p) => ({ year: p.year, framework: p.framework }));
}

// Above 100: the index from 2023 is RB General (100) + Tematik (10), plus the coefficient.
const BAND_EDGES = [0, 30, 50, 60, 70, 80, 90, 100, 110, 120];

/** The band edges inside a domain: ticks that line up with the predicate bands. */
export function bandTicks([low, high]: [number, number]): number[] {
  return BAND_EDGES.filter((e) => e >= low && e <= high);
}

/** The y range of the index chart: the data with some room, snapped to predicate band edges. */
export function indexDomain(values: readonly (number | null)[]): [number, number] {
  const known = values.filter((v): v is number => v !== null);
  return domainOf(known);
}

function domainOf(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 100];
  const low = Math.min(...values) - 2;
  const high = Math.max(...values) + 2;
  const lower = [...BAND_EDGES].reverse().find((e) => e <= low) ?? 0;
  const upper = BAND_EDGES.find((e) => e >= high) ?? 120;
  return [lower, upper];
}

/**
 * The bands of a predicate rule (the latest year's: its scale is the one the reader is told)
 * that fall inside the domain, clipped to it, for drawing behind the line. A band a rule may
 * lower (A to A-) is drawn as itself: the lowering is per year.
 */
export function bandsWithin(
  [low, high]: [number, number],
  bands: PredicateRule['bands'] = PREDICATE_RULE_2014.bands,
) {
  return bands
    .map((b, i) => ({
      predicate: b.predicate,
      y1: Math.max(low, b.atLeast ?? b.above ?? 0),
      y2: Math.min(high, i === 0 ? Number.POSITIVE_INFINITY : (bandFloor(bands[i - 1]) ?? high)),
    }))
    .filter((b) => b.y2 > b.y1);
}

const bandFloor = (b: PredicateRule['bands'][number] | undefined) => b?.atLeast ?? b?.above;

/** A percent axis that shows the detail: from 10 below the lowest value (to a multiple of 10) to 100. */
export function percentDomain(values: readonly (number | null)[]): [number, number] {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return [0, 100];
  return [Math.max(0, Math.floor((Math.min(...present) - 10) / 10) * 10), 100];
}

/**
 * The ticks of a percent axis (percentDomain): every ten, every twenty where it spans more than
 * 80, counted down from its top (100 always a tick).
 */
export function percentTicks([low, high]: [number, number]): number[] {
  const step = high - low > 80 ? 20 : 10;
  return Array.from({ length: Math.floor((high - low) / step) + 1 }, (_, i) => high - i * step)
    .filter((tick) => tick >= low)
    .reverse();
}

/** How the deck colours a part's bar, and says so in its legend: from these percents of its maximum. */
export const PART_BANDS = [
  { band: 'high', atLeast: 80 },
  { band: 'mid', atLeast: 60 },
  { band: 'low', atLeast: 0 },
] as const;
export type PartBand = (typeof PART_BANDS)[number]['band'];

export function partBand(percent: number): PartBand {
  return PART_BANDS.find((b) => percent >= b.atLeast)?.band ?? 'low';
}
