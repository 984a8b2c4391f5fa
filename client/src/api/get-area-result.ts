import { AreaResult } from '@rapor/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

export function areaResultQueryOptions(year: number, code: string) {
  return queryOptions({
    queryKey: queryKeys.area(year, code),
    queryFn: () => apiGet(`/api/v1/periods/${year}/areas/${code}`, AreaResult),
  });
}

export function useAreaResult(year: number | undefined, code: string) {
  return useQuery({ ...areaResultQueryOptions(year ?? 0, code), enabled: year !== undefined });
}
