import { formatNumber, type Locale } from './format';
import type { OutcomeFigure, OutcomeKind } from './schemas/api';

export type NumericOutcomeKind = Exclude<OutcomeKind, 'bpk_opinion'>;

/** The outcome figures read as numbers, in the order the overview and the deck list them. */
export const NUMERIC_OUTCOMES: readonly NumericOutcomeKind[] = [
  'sakip',
  'integrity_survey',
  'ombudsman',
  'public_satisfaction',
  'budget_realisation',
];

/** One outcome figure over the years: value and whether it is published or demo data. */
export function outcomeSeries(outcomes: readonly OutcomeFigure[], kind: NumericOutcomeKind) {
  return outcomes
    .filter((o) => o.kind === kind && o.value !== null)
    .map((o) => ({ year: o.year, value: o.value as number, source: o.source, unit: o.unit }))
    .sort((a, b) => a.year - b.year);
}

export function bpkOpinions(outcomes: readonly OutcomeFigure[]) {
  return outcomes
    .filter((o) => o.kind === 'bpk_opinion' && o.text)
    .map((o) => ({ year: o.year, opinion: o.text as string, source: o.source }))
    .sort((a, b) => a.year - b.year);
}

/** A figure as a table cell reads it: "96,42%", "70,16 (BB)", "WTP"; "—" without one. */
export function outcomeText(figure: OutcomeFigure | null, locale: Locale): string {
  if (!figure) return '—';
  if (figure.value === null) return figure.text ?? '—';
  const value = `${formatNumber(figure.value, locale)}${figure.unit === '%' ? '%' : ''}`;
  // SAKIP is graded beside its score; other kinds' texts are notes (how a figure was read)
  return figure.kind === 'sakip' && figure.text ? `${value} (${figure.text})` : value;
}

export interface OutcomeRow {
  kind: OutcomeKind;
  /** one per column year; null where the year has no figure */
  cells: (OutcomeFigure | null)[];
}

/**
 * The outcome figures as the deck's table has them: the year itself and up to `span − 1`
 * years before it that have a figure, oldest first; a row per kind with any figure in them
 * (the numbers first, the BPK opinion last). `demo`: a figure shown is demo data.
 */
export function outcomeTable(outcomes: readonly OutcomeFigure[], year: number, span = 5) {
  const earlier = [...new Set(outcomes.map((o) => o.year).filter((y) => y < year))].sort(
    (a, b) => a - b,
  );
  const years = [...earlier.slice(-(span - 1)), year];
  const shown = outcomes.filter((o) => years.includes(o.year));
  const rows: OutcomeRow[] = [...NUMERIC_OUTCOMES, 'bpk_opinion' as const]
    .map((kind) => ({
      kind,
      cells: years.map((y) => shown.find((o) => o.kind === kind && o.year === y) ?? null),
    }))
    .filter((row) => row.cells.some((c) => c !== null));
  return { years, rows, demo: shown.some((o) => o.source === 'demo') };
}
