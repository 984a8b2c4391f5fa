import type { Overview } from '@rapor/shared/dashboard-schemas';
import { PREDICATE_RULE_2014 } from '@rapor/shared/predicate';
import type { SummaryYear } from '@rapor/shared/schemas';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n';
import { KeyFigures } from './key-figures';

const overview = {
  year: 2022,
  periodState: 'closed',
  framework: 'pmprb-2020',
  previousYear: 2021,
  previousFramework: 'pmprb-2020',
  index: 77.1,
  predicate: 'BB',
  standing: 'final',
  shownPredicate: 'BB',
  indexDelta: 1.57,
  indexDeltaBasis: 'points',
  maxScore: 100,
  methodChanged: false,
  versionChanged: false,
  completeness: { answered: 60, total: 60 },
  areasClosedUnverified: 0,
  indexSource: null,
  predicateAssumed: false,
  predicateSource: 'PermenPANRB 14/2014 dan 26/2020',
  targetBaik: null,
  areas: [],
  gains: [],
  losses: [],
  recommendations: { byArea: [], open: 0, overdue: 0 },
} satisfies Overview;

const year = {
  year: 2022,
  framework: 'pmprb-2020',
  method: 'PermenPANRB 26/2020',
  periodState: 'closed',
  completeness: { answered: 60, total: 60 },
  areasClosedUnverified: 0,
  index: 77.1,
  maxScore: 100,
  predicate: 'BB',
  standing: 'final',
  shownPredicate: 'BB',
  indexSource: null,
  predicateAssumed: false,
  predicateSource: 'PermenPANRB 14/2014 dan 26/2020',
  targetBaik: null,
  predicateBands: PREDICATE_RULE_2014.bands,
  components: [
    { code: 'PENGUNGKIT', name: { id: 'Pengungkit', en: 'Enablers' }, points: 45.62, max: 60 },
    { code: 'HASIL', name: { id: 'Hasil', en: 'Results' }, points: 31.48, max: 40 },
  ],
  general: null,
  areasMakeUp: 'PENGUNGKIT',
  areas: [],
} satisfies SummaryYear;

afterEach(cleanup);

describe('KeyFigures', () => {
  it('shows the index, predicate and change in Indonesian number format', () => {
    render(
      <I18nProvider locale="id">
        <KeyFigures overview={overview} year={year} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('index-value').textContent).toBe('77,10');
    expect(screen.getByTestId('index-delta').textContent).toBe('▲ +1,57');
    expect(screen.getByText('Sangat baik')).toBeTruthy();
    expect(screen.getByText('Perubahan dari 2021')).toBeTruthy();
    expect(screen.getByTestId('component-HASIL').textContent).toBe('31,48 / 40');
    expect(screen.queryByText(/sementara/)).toBeNull();
  });

  it('writes the same figures in English format, and marks an open year provisional', async () => {
    render(
      <I18nProvider locale="en">
        <KeyFigures
          overview={{
            ...overview,
            periodState: 'open',
            indexDelta: -0.5,
            predicate: 'A',
            standing: 'provisional',
            shownPredicate: 'A',
          }}
          year={year}
        />
      </I18nProvider>,
    );
    expect(screen.getByTestId('index-value').textContent).toBe('77.10');
    expect(screen.getByTestId('index-delta').textContent).toBe('▼ −0.50');
    expect(screen.getByText('Very satisfying')).toBeTruthy();
    // the screen's English words arrive with their catalogue, fetched on first use
    expect(await screen.findByText('provisional — period still open')).toBeTruthy();
  });

  it('shows no predicate for an incomplete open year, only "—" with the answered count', () => {
    render(
      <I18nProvider locale="id">
        <KeyFigures
          overview={{
            ...overview,
            periodState: 'open',
            index: 5.82,
            predicate: 'D',
            standing: 'incomplete',
            shownPredicate: null,
            indexDelta: null,
            completeness: { answered: 8, total: 63 },
          }}
          year={year}
        />
      </I18nProvider>,
    );
    expect(screen.getByTestId('index-value').textContent).toBe('5,82');
    expect(screen.getByTestId('predicate').textContent).toBe(
      '— belum ada predikat: jawaban belum lengkap',
    );
    expect(screen.queryByText('Sangat kurang')).toBeNull();
    expect(screen.getByText('belum lengkap')).toBeTruthy();
    expect(screen.getByTestId('completeness').textContent).toBe('8 dari 63 indikator terisi');
  });

  it("keeps a closed year's predicate and says how many areas were closed without verification", () => {
    render(
      <I18nProvider locale="id">
        <KeyFigures overview={{ ...overview, areasClosedUnverified: 5 }} year={year} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('predicate').textContent).toContain('BB');
    expect(screen.getByTestId('areas-closed-unverified').textContent).toBe(
      '5 area ditutup tanpa verifikasi',
    );
  });

  it('says nothing of unverified areas when none was closed so', () => {
    render(
      <I18nProvider locale="id">
        <KeyFigures overview={overview} year={year} />
      </I18nProvider>,
    );
    expect(screen.queryByTestId('areas-closed-unverified')).toBeNull();
  });

  it('from 2023 reads RB General and Tematik; across the method change the delta is in percent of max', () => {
    const y2023: SummaryYear = {
      ...year,
      year: 2023,
      framework: 'pmprb-2023',
      method: 'PermenPANRB 9/2023',
      index: 84.12,
      maxScore: 110,
      predicate: 'A',
      shownPredicate: 'A',
      components: [
        { code: 'A', name: { id: 'Strategi', en: 'Strategy' }, points: 8, max: 10 },
        { code: 'B', name: { id: 'Kebijakan', en: 'Policy' }, points: 29.94, max: 40 },
        { code: 'C', name: { id: 'Sasaran', en: 'Outcomes' }, points: 38.25, max: 50 },
        {
          code: 'K',
          name: { id: 'Koefisien', en: 'Coefficient' },
          points: 0,
          max: 2,
          adjustment: true,
        },
        { code: 'T', name: { id: 'RB Tematik', en: 'Thematic' }, points: 7.93, max: 10 },
      ],
      general: {
        points: 76.19,
        max: 100,
        components: ['A', 'B', 'C', 'K'],
        notApplicable: 0,
        applicableWeight: 100,
      },
      areasMakeUp: null,
    };
    render(
      <I18nProvider locale="id">
        <KeyFigures
          overview={{
            ...overview,
            year: 2023,
            index: 84.12,
            indexDelta: -0.63,
            indexDeltaBasis: 'percent',
            maxScore: 110,
            methodChanged: true,
          }}
          year={y2023}
        />
      </I18nProvider>,
    );
    expect(screen.getByTestId('component-GENERAL').textContent).toBe('76,19 / 100');
    expect(screen.getByTestId('component-T').textContent).toBe('7,93 / 10');
    expect(screen.queryByTestId('component-A')).toBeNull();
    expect(screen.getByTestId('index-delta').textContent).toBe('▼ −0,63');
    expect(screen.getByTestId('index-delta-basis').textContent).toBe(
      'poin persen dari nilai maksimum (metode berubah)',
    );
  });
});
