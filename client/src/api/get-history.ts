import { AuditResponse } from '@rapor/shared/write-schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

export function historyQueryOptions(year: number, code: string) {
  return queryOptions({
    queryKey: queryKeys.areaHistory(year, code),
    queryFn: () => apiGet(`/api/v1/periods/${year}/areas/${code}/history`, AuditResponse),
  });
}

export function useHistory(year: number | undefined, code: string) {
  return useQuery({ ...historyQueryOptions(year ?? 0, code), enabled: year !== undefined });
}
