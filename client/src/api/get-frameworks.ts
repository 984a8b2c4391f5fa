import { FrameworksResponse } from '@rapor/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

export function frameworksQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.frameworks,
    queryFn: () => apiGet('/api/v1/frameworks', FrameworksResponse),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The method of a framework id as people name it ("PermenPANRB 26/2020"). */
export function useFrameworkLabel(): (id: string) => string {
  const frameworks = useQuery(frameworksQueryOptions()).data?.frameworks ?? [];
  return (id) => {
    const f = frameworks.find((x) => x.id === id);
    return f ? f.method : id;
  };
}
