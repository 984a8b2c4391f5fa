import {
  Figure,
  type FiguresBulkUpdate,
  FiguresImport,
  FiguresResponse,
  type FigureUpdate,
  NotApplicableResponse,
} from '@rapor/shared/figure-schemas';
import {
  queryOptions,
  skipToken,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { apiGet, apiSend, apiUpload } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';
import { refreshAfterYearWrite } from '../lib/refresh';

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

/** Every view a change to the year's figures moves: the figures, the dashboards, the areas. */
function useRefreshYear(year: number) {
  const client = useQueryClient();
  return () => refreshAfterYearWrite(client, year);
}

/** Enter (secretariat) or verify (evaluator) one figure; every view of the year is refreshed. */
export function useUpdateFigure(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: FigureUpdate }) =>
      apiSend('PUT', `/api/v1/periods/${year}/hasil/${code}`, Figure, body),
    onSettled: refresh,
  });
}

/** Many figures at once, all or nothing: a pasted table (secretariat) or a batch verified (evaluator). */
export function useUpdateFigures(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (body: FiguresBulkUpdate) =>
      apiSend('POST', `/api/v1/periods/${year}/hasil`, FiguresResponse, body),
    onSettled: refresh,
  });
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A filled figures sheet: first previewed, then written all at once; the year is refreshed. */
export function useImportFigures(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: ({ file, apply }: { file: File; apply: boolean }) =>
      apiUpload(
        `/api/v1/periods/${year}/hasil/import${apply ? '' : '?dryRun=true'}`,
        FiguresImport,
        file,
        XLSX,
      ),
    onSuccess: (result) => {
      if (result.applied) refresh();
    },
  });
}

/**
 * The admin leaves an RB General item out for the year (with the reason) or counts it again;
 * RB General is rescaled over the rest, so every view of the year is refreshed.
 */
export function useSetNotApplicable(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: ({ code, reason }: { code: string; reason: string | null }) =>
      reason === null
        ? apiSend('DELETE', `/api/v1/periods/${year}/not-applicable/${code}`, NotApplicableResponse)
        : apiSend('PUT', `/api/v1/periods/${year}/not-applicable/${code}`, NotApplicableResponse, {
            reason,
          }),
    onSettled: refresh,
  });
}
