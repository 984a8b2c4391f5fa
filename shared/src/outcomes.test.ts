import { describe, expect, it } from 'vitest';
import { bpkOpinions, outcomeSeries, outcomeTable, outcomeText } from './outcomes';
import type { OutcomeFigure } from './schemas/api';

describe('outcome series', () => {
  const figure = (
    year: number,
    kind: OutcomeFigure['kind'],
    value: number | null,
    text: string | null = null,
    source: 'published' | 'demo' = 'demo',
  ): OutcomeFigure => ({
    year,
    kind,
    value,
    text,
    unit: null,
    source,
    note: null,
  });
  const outcomes = [
    figure(2022, 'integrity_survey', 72.69, null, 'published'),
    figure(2021, 'integrity_survey', 70.95),
    figure(2023, 'integrity_survey', null),
    figure(2020, 'bpk_opinion', null, 'WDP', 'published'),
    figure(2019, 'bpk_opinion', null, 'WTP', 'published'),
  ];

  it('orders a numeric figure by year and skips missing values', () => {
    expect(outcomeSeries(outcomes, 'integrity_survey')).toEqual([
      { year: 2021, value: 70.95, source: 'demo', unit: null },
      { year: 2022, value: 72.69, source: 'published', unit: null },
    ]);
  });

  it('lists BPK opinions by year', () => {
    expect(bpkOpinions(outcomes)).toEqual([
      { year: 2019, opinion: 'WTP', source: 'published' },
      { year: 2020, opinion: 'WDP', source: 'published' },
    ]);
  });
});

describe("the outcome figures as the deck's table has them", () => {
  const at = (
    year: number,
    kind: OutcomeFigure['kind'],
    value: number | null,
    text: string | null = null,
    unit: string | null = null,
    source: 'published' | 'demo' = 'demo',
  ): OutcomeFigure => ({ year, kind, value, text, unit, source, note: null });
  const figures = [
    at(2018, 'sakip', 67.84, 'B', 'nilai'),
    at(2020, 'sakip', 70.82, 'BB', 'nilai'),
    at(2021, 'sakip', 72.41, 'BB', 'nilai'),
    at(2022, 'sakip', 73.62, 'BB', 'nilai', 'published'),
    at(2023, 'sakip', 75.18, 'BB', 'nilai', 'published'),
    at(2023, 'bpk_opinion', null, 'WTP', null, 'published'),
    at(2024, 'budget_realisation', 97.8, null, '%', 'published'),
  ];

  it('shows the year and the four years before it that have a figure, oldest first', () => {
    const table = outcomeTable(figures, 2024);
    expect(table.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    // numbers first in their fixed order, the BPK opinion last; kinds without a figure left out
    expect(table.rows.map((r) => r.kind)).toEqual(['sakip', 'budget_realisation', 'bpk_opinion']);
    expect(table.rows[0]?.cells.map((c) => c?.value ?? null)).toEqual([
      70.82,
      72.41,
      73.62,
      75.18,
      null,
    ]);
    expect(table.demo).toBe(true);
  });

  it('keeps the year itself as a column though it has no figure yet', () => {
    const table = outcomeTable(figures.slice(0, 2), 2025, 3);
    expect(table.years).toEqual([2018, 2020, 2025]);
    expect(table.rows[0]?.cells.at(-1)).toBeNull();
  });

  it('says whether a figure shown is demo data, counting only the columns shown', () => {
    expect(outcomeTable(figures, 2024, 3).demo).toBe(false);
    expect(outcomeTable([], 2024)).toEqual({ years: [2024], rows: [], demo: false });
  });

  it('writes a figure as a cell reads it', () => {
    expect(outcomeText(at(2024, 'budget_realisation', 97.8, null, '%'), 'id')).toBe('97,80%');
    expect(outcomeText(at(2024, 'sakip', 76.92, 'BB', 'nilai'), 'en')).toBe('76.92 (BB)');
    expect(outcomeText(at(2024, 'bpk_opinion', null, 'WTP'), 'id')).toBe('WTP');
    // a note in a numeric figure's text is not a grade
    expect(
      outcomeText(at(2018, 'budget_realisation', 82.12, 'Rp35,6 T dari Rp43,3 T', '%'), 'id'),
    ).toBe('82,12%');
    expect(outcomeText(null, 'id')).toBe('—');
  });
});
