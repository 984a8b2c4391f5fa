import { Figure, FiguresResponse, type FigureUpdate } from '@rapor/shared/figure-schemas';
import {
  queryOptions,
  skipToken,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function figuresQueryOptions(year: number | undefined) {
  return queryOptions({
    queryKey: queryKeys.figures(year ?? 0),
    queryFn:
      year === undefined
        ? skipToken
        : () => apiGet(`/api/v1/periods/${year}/hasil`, FiguresResponse),
  });
}

export function useFigures(year: number | undefined) {
  return useQuery(figuresQueryOptions(year));
}

/** Enter (secretariat) or verify (evaluator) one figure; every view of the year is refreshed. */
export function useUpdateFigure(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: FigureUpdate }) =>
      apiSend('PUT', `/api/v1/periods/${year}/hasil/${code}`, Figure, body),
    onSettled: () => {
      client.invalidateQueries({ queryKey: queryKeys.figures(year) });
      client.invalidateQueries({ queryKey: ['summary'] });
      client.invalidateQueries({ queryKey: ['overview'] });
      client.invalidateQueries({ queryKey: ['area', year] });
    },
  });
}
