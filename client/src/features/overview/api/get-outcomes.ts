import { OutcomesResponse } from '@rapor/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function outcomesQueryOptions(from?: number, to?: number) {
  const params = new URLSearchParams();
  if (from !== undefined) params.set('from', String(from));
  if (to !== undefined) params.set('to', String(to));
  return queryOptions({
    queryKey: queryKeys.outcomes(from, to),
    queryFn: () => apiGet(`/api/v1/outcomes${params.size ? `?${params}` : ''}`, OutcomesResponse),
  });
}

export function useOutcomes(from?: number, to?: number) {
  return useQuery(outcomesQueryOptions(from, to));
}
