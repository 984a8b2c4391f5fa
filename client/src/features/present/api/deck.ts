import { Deck, SnapshotSummary, SnapshotsResponse } from '@rapor/shared/forum-schemas';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiGet, apiSend } from '../../../lib/api-client';
import { deckRequests, keepDeckOffline } from '../../../lib/offline-deck';
import { queryKeys } from '../../../lib/query-keys';

export function deckQueryOptions(year: number, snapshot?: number) {
  return queryOptions({
    queryKey: queryKeys.deck(year, snapshot),
    queryFn: () =>
      apiGet(`/api/v1/periods/${year}/deck${snapshot ? `?snapshot=${snapshot}` : ''}`, Deck),
    // Once open, the deck is all it needs: no refetch that could fail mid-forum.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
}

export function useDeck(year: number, snapshot?: number) {
  // what this deck needs is kept as soon as it is opened: a reload offline finds it
  useEffect(() => {
    void keepDeckOffline(deckRequests(year, snapshot));
  }, [year, snapshot]);
  return useQuery(deckQueryOptions(year, snapshot));
}

export function useSnapshots(year: number | undefined) {
  return useQuery({
    queryKey: queryKeys.snapshots(year ?? 0),
    queryFn: () => apiGet(`/api/v1/periods/${year}/snapshots`, SnapshotsResponse),
    enabled: year !== undefined,
  });
}

export function useCreateSnapshot(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (note: string) =>
      apiSend('POST', `/api/v1/periods/${year}/snapshots`, SnapshotSummary, note ? { note } : {}),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.snapshots(year) }),
  });
}
