import { PeriodDetail } from '@rapor/shared/schemas';
import type { PeriodState } from '@rapor/shared/workflow';
import type { PeriodCreate } from '@rapor/shared/write-schemas';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function periodDetailQueryOptions(year: number) {
  return queryOptions({
    queryKey: queryKeys.period(year),
    queryFn: () => apiGet(`/api/v1/periods/${year}`, PeriodDetail),
  });
}

export function usePeriodDetail(year: number) {
  return useQuery(periodDetailQueryOptions(year));
}

/** After a period is opened or moved every view of the years may change: refresh them all. */
function useRefreshAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

export function useCreatePeriod() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (body: PeriodCreate) => apiSend('POST', '/api/v1/periods', PeriodDetail, body),
    onSuccess: refresh,
  });
}

export function useMovePeriod() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({ year, to }: { year: number; to: PeriodState }) =>
      apiSend('POST', `/api/v1/periods/${year}/state`, PeriodDetail, { to }),
    onSuccess: refresh,
  });
}
