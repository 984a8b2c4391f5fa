import type { AreaResult } from '@rapor/shared/schemas';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n';
import { RecommendationsSection } from './recommendations-section';

const issued = {
  id: 7,
  year: 2022,
  area: 'SDM' as const,
  text: 'Kaitkan hasil E-Performance dengan tunjangan kinerja',
  ownerUnit: 'Biro OSDM',
  dueDate: '2023-06-30',
  priority: 'high' as const,
  status: 'done' as const,
  version: 3,
  overdue: false,
  followUps: [
    { id: 1, year: 2023, date: '2023-08-15', status: 'done' as const, note: 'Selesai', by: null },
  ],
};

const recommendations = (asOf: string | null): AreaResult['recommendations'] => ({
  issued: [issued],
  carriedOver: [],
  asOf,
});

afterEach(cleanup);

describe('RecommendationsSection', () => {
  it('shows a closed year as it stood at closing, and today’s status one click away', () => {
    render(
      <I18nProvider locale="id">
        <RecommendationsSection year={2022} recommendations={recommendations('2023-02-28')} />
      </I18nProvider>,
    );
    const card = () => screen.getByText(issued.text).closest('li') as HTMLElement;
    expect(within(card()).getByText('Terbuka')).toBeTruthy();
    expect(within(card()).queryByText('Selesai')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Status hari ini' }));
    expect(within(card()).getAllByText('Selesai').length).toBeGreaterThan(0);
    expect(
      screen.getByRole('button', { name: 'Status hari ini' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('offers no switch while the period is open', () => {
    render(
      <I18nProvider locale="id">
        <RecommendationsSection year={2025} recommendations={recommendations(null)} />
      </I18nProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Status hari ini' })).toBeNull();
  });
});
