import { MinistryIdentity } from '@rapor/shared/forum-schemas';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client';
import { deckPaths } from '../lib/offline-deck';
import { queryKeys } from '../lib/query-keys';

/** Whose evaluation this is (the installation's MINISTRY_NAME and MINISTRY_LOGO). */
export function useIdentity() {
  return useQuery({
    queryKey: queryKeys.identity,
    queryFn: () => apiGet(deckPaths.identity, MinistryIdentity),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export const LOGO_URL = deckPaths.logo;
