import {
  type PlanGradesUpdate,
  PlanGrading,
  type PlanOverrideUpdate,
} from '@rapor/shared/action-plan-schemas';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const urlOf = (year: number) => `/api/v1/periods/${year}/plan-grading`;

/** The year's grading of the ministry's action plan with the A.1/A.2 values it gives. */
export function usePlanGrading(year: number | undefined) {
  return useQuery({
    queryKey: queryKeys.planGrading(year ?? 0),
    queryFn: year === undefined ? skipToken : () => apiGet(urlOf(year), PlanGrading),
  });
}

/**
 * Grades one side, or puts/takes back an override. A.1 and A.2 are answers of the items'
 * area: its result, the year's summary and overview are read again.
 */
export function usePlanGradingWrites(year: number) {
  const client = useQueryClient();
  const onSuccess = (grading: PlanGrading) => {
    client.setQueryData(queryKeys.planGrading(year), grading);
    client.invalidateQueries({ queryKey: queryKeys.areasOfYear(year) });
    client.invalidateQueries({ queryKey: queryKeys.allSummaries });
    client.invalidateQueries({ queryKey: queryKeys.allOverviews });
  };
  const grade = useMutation({
    mutationFn: (body: PlanGradesUpdate) => apiSend('PUT', urlOf(year), PlanGrading, body),
    onSuccess,
  });
  const override = useMutation({
    mutationFn: (body: PlanOverrideUpdate) =>
      apiSend('PUT', `${urlOf(year)}/override`, PlanGrading, body),
    onSuccess,
  });
  return { grade, override };
}
