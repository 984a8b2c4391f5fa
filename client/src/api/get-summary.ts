import { DashboardSummary } from '@rapor/shared/schemas';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

export function summaryQueryOptions(from?: number, to?: number) {
  const params = new URLSearchParams();
  if (from !== undefined) params.set('from', String(from));
  if (to !== undefined) params.set('to', String(to));
  const query = params.size > 0 ? `?${params}` : '';
  return queryOptions({
    queryKey: queryKeys.summary(from, to),
    queryFn: () => apiGet(`/api/v1/dashboard/summary${query}`, DashboardSummary),
  });
}

export function useSummary(from?: number, to?: number) {
  // another year keeps the page drawn until its figures arrive: no blank, no jump
  return useQuery({ ...summaryQueryOptions(from, to), placeholderData: keepPreviousData });
}
