import type { Overview } from '@rapor/shared/dashboard-schemas';
import { PREDICATE_RULE_2014 } from '@rapor/shared/predicate';
import type { DashboardSummary } from '@rapor/shared/schemas';
import { shownPredicate, standingOf } from '@rapor/shared/standing';
import { describe, expect, it } from 'vitest';
import { areaBars, indexSeries } from './chart-data';

const year = (
  y: number,
  framework: string,
  index: number,
  state: 'open' | 'closed' = 'closed',
  answered = 60,
) => ({
  year: y,
  framework,
  method: framework === 'pmprb-2014' ? 'PermenPANRB 14/2014' : 'PermenPANRB 26/2020',
  periodState: state,
  completeness: { answered, total: 60 },
  areasClosedUnverified: 0,
  index,
  maxScore: 100,
  predicate: 'BB' as const,
  standing: standingOf(state, { answered, total: 60 }),
  shownPredicate: shownPredicate('BB', standingOf(state, { answered, total: 60 })),
  indexSource: null,
  predicateAssumed: false,
  predicateSource: 'PermenPANRB 14/2014 dan 26/2020',
  targetBaik: null,
  predicateBands: PREDICATE_RULE_2014.bands,
  components: [
    { code: 'PENGUNGKIT', name: { id: 'Pengungkit', en: 'Enablers' }, points: index - 30, max: 60 },
    { code: 'HASIL', name: { id: 'Hasil', en: 'Results' }, points: 30, max: 40 },
  ],
  general: null,
  areasMakeUp: 'PENGUNGKIT',
  areas: [],
});

describe('indexSeries and methodChanges', () => {
  const summary: DashboardSummary = {
    years: [
      year(2018, 'pmprb-2014', 71.12),
      year(2019, 'pmprb-2014', 73.46),
      year(2020, 'pmprb-2020', 72.05),
      year(2021, 'pmprb-2021', 75.53),
      year(2025, 'pmprb-2021', 81.2, 'open'),
    ],
  };

  it('keeps the API values as they are, marks open years provisional and carries Hasil', () => {
    const s = indexSeries(summary);
    expect(s.map((p) => p.index)).toEqual([71.12, 73.46, 72.05, 75.53, 81.2]);
    expect(s.map((p) => p.provisionalIndex)).toEqual([null, null, null, null, null]);
    expect(s.map((p) => p.provisional)).toEqual([false, false, false, false, true]);
    expect(s[0]?.hasil).toBe(30);
  });

  it('keeps an open year with unanswered indicators off the line, with its completeness', () => {
    const s = indexSeries({
      years: [year(2025, 'pmprb-2021', 0, 'closed'), year(2026, 'pmprb-2021', 12.4, 'open', 15)],
    });
    expect(s[1]).toMatchObject({
      index: null,
      provisionalIndex: 12.4,
      completeness: 25,
      predicate: null,
    });
    expect(s[0]).toMatchObject({ index: 0, provisionalIndex: null, completeness: 100 });
  });
});

describe('areaBars', () => {
  it('takes this year, last year and the target in percent of max from the overview', () => {
    const overview = {
      areas: [{ code: 'MP', percent: 83.83, previousPercent: 82, delta: 1.83, targetPercent: 90 }],
    } as unknown as Overview;
    expect(areaBars(overview)).toEqual([
      { code: 'MP', current: 83.83, previous: 82, target: 90, delta: 1.83 },
    ]);
  });
});
