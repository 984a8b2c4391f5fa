import { Overview } from '@rapor/shared/dashboard-schemas';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function overviewQueryOptions(year?: number) {
  return queryOptions({
    queryKey: queryKeys.overview(year),
    queryFn: () => apiGet(`/api/v1/dashboard/overview${year ? `?year=${year}` : ''}`, Overview),
  });
}

export function useOverview(year?: number) {
  // another year keeps the page drawn until its figures arrive: no blank, no jump
  return useQuery({ ...overviewQueryOptions(year), placeholderData: keepPreviousData });
}
