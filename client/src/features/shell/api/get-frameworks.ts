import { FrameworksResponse } from '@rapor/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useI18n } from '../../../i18n/i18n';
import { apiGet } from '../../../lib/api-client';

export function frameworksQueryOptions() {
  return queryOptions({
    queryKey: ['frameworks'] as const,
    queryFn: () => apiGet('/api/v1/frameworks', FrameworksResponse),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The regulation name of a framework id, in the current language ("PMPRB PermenPANRB 26/2020"). */
export function useFrameworkLabel(): (id: string) => string {
  const { pick } = useI18n();
  const frameworks = useQuery(frameworksQueryOptions()).data?.frameworks ?? [];
  return (id) => {
    const f = frameworks.find((x) => x.id === id);
    return f
      ? pick(f.name)
          .replace(/^PMPRB (\(|)/, '')
          .replace(/\)$/, '')
      : id;
  };
}
