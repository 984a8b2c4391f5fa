import type { AreaResult, Recommendation } from '@rapor/shared/schemas';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

const earlier = (id: number): Recommendation => ({
  ...issued,
  id,
  year: 2020,
  text: `Rekomendasi lama nomor ${id}`,
  status: 'open',
  followUps: [],
});

const resultOf = (
  year: number,
  asOf: string | null,
  carried: { carriedOver: Recommendation[]; carriedOverTotal: number } = {
    carriedOver: [],
    carriedOverTotal: 0,
  },
) =>
  ({
    year,
    area: { code: 'SDM' },
    recommendations: { issued: [issued], ...carried, asOf },
  }) as unknown as AreaResult;

function renderSection(result: AreaResult) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider locale="id">
        <RecommendationsSection result={result} />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('RecommendationsSection', () => {
  it('shows a closed year as it stood at closing, and today’s status one click away', () => {
    renderSection(resultOf(2022, '2023-02-28'));
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
    renderSection(resultOf(2025, null));
    expect(screen.queryByRole('button', { name: 'Status hari ini' })).toBeNull();
  });

  it('reads the earlier recommendations past the first page on request, a page at a time', async () => {
    const requested: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        requested.push(url);
        const offset = Number(new URL(url, 'http://x').searchParams.get('offset'));
        const page = offset === 2 ? [earlier(3), earlier(4)] : [earlier(5)];
        return new Response(JSON.stringify({ recommendations: page, total: 5 }), { status: 200 });
      }),
    );
    renderSection(
      resultOf(2025, null, { carriedOver: [earlier(1), earlier(2)], carriedOverTotal: 5 }),
    );
    expect(screen.getByText('2 dari 5 ditampilkan')).toBeTruthy();
    // nothing is asked before the user wants more
    expect(requested).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /Tampilkan 3 berikutnya/ }));
    await screen.findByText('Rekomendasi lama nomor 4');
    expect(requested[0]).toContain('/api/v1/periods/2025/areas/SDM/carried-over?offset=2');
    fireEvent.click(screen.getByRole('button', { name: /Tampilkan 1 berikutnya/ }));
    await screen.findByText('Rekomendasi lama nomor 5');
    expect(requested[1]).toContain('offset=4');
    // all read: the count and the button go
    expect(screen.queryByText(/ditampilkan/)).toBeNull();
    expect(screen.queryByRole('button', { name: /berikutnya/ })).toBeNull();
  });
});
