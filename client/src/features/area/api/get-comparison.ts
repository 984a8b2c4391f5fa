import { AreaComparison } from '@rapor/shared/dashboard-schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function comparisonQueryOptions(year: number, code: string) {
  return queryOptions({
    queryKey: queryKeys.areaComparison(year, code),
    queryFn: () => apiGet(`/api/v1/periods/${year}/areas/${code}/comparison`, AreaComparison),
  });
}

export function useComparison(year: number | undefined, code: string) {
  return useQuery({ ...comparisonQueryOptions(year ?? 0, code), enabled: year !== undefined });
}
