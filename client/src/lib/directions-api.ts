import {
  Direction,
  type DirectionEditInput,
  type DirectionFollowUpInput,
  DirectionsResponse,
  type DirectionWithdrawInput,
} from '@rapor/shared/forum-schemas';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend } from './api-client';
import { deckPaths } from './offline-deck';
import { queryKeys } from './query-keys';

// The minister's directions are read by the deck, the chairs' homes and the worksheets.

export interface DirectionsFilter {
  year?: number;
  area?: string;
}

export function directionsQueryOptions(filter: DirectionsFilter) {
  return queryOptions({
    queryKey: queryKeys.directions(filter),
    queryFn: () => apiGet(deckPaths.directions(filter), DirectionsResponse),
  });
}

export function useDirections(filter: DirectionsFilter, enabled = true) {
  return useQuery({ ...directionsQueryOptions(filter), enabled });
}

export function useDirectionFollowUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: DirectionFollowUpInput }) =>
      apiSend('POST', `/api/v1/directions/${id}/follow-ups`, Direction, body),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.allDirections }),
  });
}

/** The secretariat's correction of a direction as recorded, or its withdrawal. */
export function useCorrectDirection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      change:
        | { kind: 'edit'; id: number; body: DirectionEditInput }
        | { kind: 'withdraw'; id: number; body: DirectionWithdrawInput },
    ) =>
      change.kind === 'edit'
        ? apiSend('PUT', `/api/v1/directions/${change.id}`, Direction, change.body)
        : apiSend('POST', `/api/v1/directions/${change.id}/withdraw`, z.null(), change.body),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.allDirections }),
  });
}
