import { Overview } from '@rapor/shared/dashboard-schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function overviewQueryOptions(year?: number) {
  return queryOptions({
    queryKey: queryKeys.overview(year),
    queryFn: () => apiGet(`/api/v1/dashboard/overview${year ? `?year=${year}` : ''}`, Overview),
  });
}

export function useOverview(year?: number) {
  return useQuery(overviewQueryOptions(year));
}
