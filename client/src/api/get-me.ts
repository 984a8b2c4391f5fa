import { Me } from '@rapor/shared/write-schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, apiGet } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

/** The signed-in user, or null when there is no session (401 is an answer, not an error). */
export function meQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.me,
    queryFn: async () => {
      try {
        return await apiGet('/api/v1/auth/me', Me);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
