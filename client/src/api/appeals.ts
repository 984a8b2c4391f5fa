import {
  Appeal,
  type AppealAnswer,
  AppealList,
  type AppealRescore,
} from '@rapor/shared/appeal-schemas';
import { latestAppealByItem } from '@rapor/shared/appeals';
import { MAX_EVIDENCE_BYTES } from '@rapor/shared/evidence';
import type { AreaResult } from '@rapor/shared/schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiForm, apiGet, apiSend } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';
import { refreshAfterYearWrite } from '../lib/refresh';

/** The year's appeals of evaluator scores and whether the window is open (every role reads). */
export function useAppeals(year: number | undefined) {
  return useQuery({
    queryKey: queryKeys.appeals(year ?? 0),
    queryFn: () => apiGet(`/api/v1/periods/${year}/appeals`, AppealList),
    enabled: year !== undefined,
  });
}

/**
 * The appeal that speaks for each item of an area's result (the open one, else the latest),
 * and whether the window is open; nothing is asked while the year is open (no appeals then).
 */
export function useItemAppeals(result: AreaResult | undefined) {
  const appeals = useAppeals(result && result.periodState !== 'open' ? result.year : undefined);
  const area = result?.area.code;
  const byItem = useMemo(
    () => latestAppealByItem((appeals.data?.appeals ?? []).filter((a) => a.area === area)),
    [appeals.data, area],
  );
  return { byItem, windowOpen: appeals.data?.windowOpen === true };
}

/**
 * After an appeal changes: the list, and what shows its state or its score change (the area's
 * result and worksheet, the closing check, the summaries and decks computed from the scores).
 */
function useRefreshAfterAppeal(year: number) {
  const client = useQueryClient();
  return () => {
    refreshAfterYearWrite(client, year);
    for (const queryKey of [
      queryKeys.appeals(year),
      queryKeys.closing(year),
      queryKeys.planGrading(year),
    ]) {
      client.invalidateQueries({ queryKey });
    }
  };
}

export function useMoveAppealWindow(year: number) {
  const refresh = useRefreshAfterAppeal(year);
  return useMutation({
    mutationFn: (open: boolean) =>
      apiSend('PUT', `/api/v1/periods/${year}/appeal-window`, AppealList, { open }),
    onSuccess: refresh,
  });
}

/** A chair's appeal: the fields first, then the file (the server reads them in that order). */
export function useFileAppeal(year: number, area: string, tooLarge: string) {
  const refresh = useRefreshAfterAppeal(year);
  return useMutation({
    mutationFn: (input: { code: string; reason: string; file: File }) => {
      if (input.file.size > MAX_EVIDENCE_BYTES) return Promise.reject(new Error(tooLarge));
      const form = new FormData();
      form.append('code', input.code);
      form.append('reason', input.reason);
      form.append('file', input.file, input.file.name);
      return apiForm(`/api/v1/periods/${year}/areas/${area}/appeals`, Appeal, form);
    },
    onSuccess: refresh,
  });
}

export function useAnswerAppeal(year: number) {
  const refresh = useRefreshAfterAppeal(year);
  return useMutation({
    mutationFn: ({ id, ...body }: AppealAnswer & { id: number }) =>
      apiSend('POST', `/api/v1/appeals/${id}/answer`, Appeal, body),
    onSuccess: refresh,
  });
}

export function useRescoreAppeal(year: number) {
  const refresh = useRefreshAfterAppeal(year);
  return useMutation({
    mutationFn: ({ id, ...body }: AppealRescore & { id: number }) =>
      apiSend('PUT', `/api/v1/appeals/${id}/score`, Appeal, body),
    onSuccess: refresh,
  });
}
