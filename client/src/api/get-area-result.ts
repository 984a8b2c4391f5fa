import { AreaResult } from '@rapor/shared/schemas';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

export function useAreaResult(year: number | undefined, code: string) {
  return useQuery({
    queryKey: queryKeys.area(year ?? 0, code),
    queryFn: () => apiGet(`/api/v1/periods/${year}/areas/${code}`, AreaResult),
    enabled: year !== undefined,
  });
}
