import {
  Direction,
  type DirectionFollowUpInput,
  DirectionsResponse,
} from '@rapor/shared/forum-schemas';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from './api-client';
import { queryKeys } from './query-keys';

// The minister's directions are read by the deck, the chairs' homes and the worksheets.

export interface DirectionsFilter {
  year?: number;
  area?: string;
}

export function directionsQueryOptions(filter: DirectionsFilter) {
  const query = new URLSearchParams();
  if (filter.year !== undefined) query.set('year', String(filter.year));
  if (filter.area) query.set('area', filter.area);
  return queryOptions({
    queryKey: queryKeys.directions(filter),
    queryFn: () => apiGet(`/api/v1/directions?${query}`, DirectionsResponse),
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
