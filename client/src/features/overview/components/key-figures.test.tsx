import type { Overview } from '@rapor/shared/dashboard-schemas';
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
  indexDelta: 1.57,
  methodChanged: false,
  completeness: { answered: 60, total: 60 },
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
  index: 77.1,
  predicate: 'BB',
  components: [
    { code: 'PENGUNGKIT', points: 45.62, max: 60 },
    { code: 'HASIL', points: 31.48, max: 40 },
  ],
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

  it('writes the same figures in English format, and marks an open year provisional', () => {
    render(
      <I18nProvider locale="en">
        <KeyFigures
          overview={{ ...overview, periodState: 'open', indexDelta: -0.5, predicate: 'A' }}
          year={year}
        />
      </I18nProvider>,
    );
    expect(screen.getByTestId('index-value').textContent).toBe('77.10');
    expect(screen.getByTestId('index-delta').textContent).toBe('▼ −0.50');
    expect(screen.getByText('Very satisfying')).toBeTruthy();
    expect(screen.getByText('provisional — period still open')).toBeTruthy();
  });
});
