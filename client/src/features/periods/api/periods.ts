import { ClosingCheck, PeriodDetail } from '@rapor/shared/schemas';
import type { PeriodCreate, PeriodMove, PeriodRebind } from '@rapor/shared/write-schemas';
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

/** What closing the year would settle without the evaluator; asked when closing is chosen. */
export function useClosingCheck(year: number | null) {
  return useQuery({
    queryKey: queryKeys.closing(year ?? 0),
    queryFn: () => apiGet(`/api/v1/periods/${year}/closing`, ClosingCheck),
    enabled: year !== null,
    // the list must be today's, not what was true when the page opened
    staleTime: 0,
  });
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
    mutationFn: ({ year, ...move }: PeriodMove & { year: number }) =>
      apiSend('POST', `/api/v1/periods/${year}/state`, PeriodDetail, move),
    // refused as stale too: the list must show the year as it now is
    onSettled: refresh,
  });
}

/** An open year to a newer version of its method: every figure of the year may change. */
export function useRebindPeriod() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({ year, ...body }: PeriodRebind & { year: number }) =>
      apiSend('POST', `/api/v1/periods/${year}/framework`, PeriodDetail, body),
    onSettled: refresh,
  });
}
