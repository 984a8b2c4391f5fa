import { NationalResult, type NationalResultInput } from '@rapor/shared/national-schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

const path = (year: number) => `/api/v1/periods/${year}/national-result`;

/** KemenPANRB's result of a closed year beside the ministry's own (recorded=false until entered). */
export function useNationalResult(year: number | undefined, enabled = true) {
  return useQuery({
    queryKey: queryKeys.nationalResult(year ?? 0),
    queryFn: () => apiGet(path(year ?? 0), NationalResult),
    enabled: enabled && year !== undefined,
    staleTime: 5 * 60_000,
  });
}

export function useSaveNationalResult(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NationalResultInput) => apiSend('PUT', path(year), NationalResult, body),
    onSuccess: (saved) => client.setQueryData(queryKeys.nationalResult(year), saved),
  });
}
