import { PeriodsResponse } from '@rapor/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

export function periodsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.periods,
    queryFn: () => apiGet('/api/v1/periods', PeriodsResponse),
    staleTime: 5 * 60_000,
  });
}

export function usePeriods() {
  return useQuery(periodsQueryOptions());
}
