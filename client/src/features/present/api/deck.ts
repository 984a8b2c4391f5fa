import { deckPages } from '@rapor/shared/deck-pages';
import { arrangeSlides, deckSlides } from '@rapor/shared/forum';
import {
  type AgendaInput,
  Deck,
  ForumAgenda,
  SnapshotSummary,
  SnapshotsResponse,
} from '@rapor/shared/forum-schemas';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { apiGet, apiSend } from '../../../lib/api-client';
import { useDirections } from '../../../lib/directions-api';
import { deckPaths, deckRequests, keepDeckOffline } from '../../../lib/offline-deck';
import { queryKeys } from '../../../lib/query-keys';

export function deckQueryOptions(year: number, snapshot?: number) {
  return queryOptions({
    queryKey: queryKeys.deck(year, snapshot),
    queryFn: () => apiGet(deckPaths.deck(year, snapshot), Deck),
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

/** The forum's agenda for this deck: the order of its slides and those hidden. */
export function useAgenda(year: number, snapshot?: number) {
  return useQuery({
    queryKey: queryKeys.agenda(year, snapshot),
    queryFn: () => apiGet(deckPaths.agenda(year, snapshot), ForumAgenda),
    // read once per opening, like the deck: no refetch that could reorder slides mid-forum
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
}

export function useSaveAgenda(year: number, snapshot?: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AgendaInput) =>
      apiSend('PUT', deckPaths.agenda(year, snapshot), ForumAgenda, body),
    onSuccess: (saved) => client.setQueryData(queryKeys.agenda(year, snapshot), saved),
  });
}

/**
 * The deck with its slides as the forum's agenda has them, each followed by its continuations
 * where this forum's directions or its own rows run past a slide (the PowerPoint splits the
 * same way); `ready` once all are read (an agenda or directions that cannot be read, offline
 * and never kept, leave the deck as built).
 */
export function useArrangedDeck(year: number, snapshot?: number) {
  const deck = useDeck(year, snapshot);
  const agenda = useAgenda(year, snapshot);
  const directions = useDirections({ year });
  const slides = useMemo(
    () =>
      deck.data
        ? deckPages(
            deck.data,
            arrangeSlides(deckSlides(deck.data), agenda.data ?? null),
            directions.data?.directions ?? [],
          )
        : [],
    [deck.data, agenda.data, directions.data],
  );
  return {
    deck: deck.data,
    /** the slides as projected, continuations included */
    slides,
    /** the secretariat's own speaker notes, by slide key */
    notes: agenda.data?.notes,
    /** what to show while waiting, or why it failed */
    pending: deck.data ? agenda : deck,
    ready: deck.data !== undefined && !agenda.isPending && !directions.isPending,
  };
}
