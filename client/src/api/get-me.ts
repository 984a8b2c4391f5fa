import { Me } from '@rapor/shared/write-schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, apiGet } from '../lib/api-client';
import { deckPaths } from '../lib/offline-deck';
import { queryKeys } from '../lib/query-keys';

/** The signed-in user, or null when there is no session (401 is an answer, not an error). */
export function meQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.me,
    queryFn: async () => {
      try {
        return await apiGet(deckPaths.me, Me);
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

/**
 * While the page is visible, asks the server who is signed in often enough that the session
 * never reaches its idle limit (the absolute limit still applies): a deck changes slides
 * without a request, and a long forum would otherwise outlive the session.
 */
export const KEEP_ALIVE_MS = 60_000;

export function useSessionKeepAlive() {
  useQuery({
    ...meQueryOptions(),
    refetchInterval: KEEP_ALIVE_MS,
    refetchIntervalInBackground: false,
  });
}
