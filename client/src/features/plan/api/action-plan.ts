import type { Quarter } from '@rapor/shared/action-plan';
import {
  ActionPlan,
  type ActionPlanUpdate,
  PlanImport,
  type QuarterReportBody,
} from '@rapor/shared/action-plan-schemas';
import { planOwnerKey } from '@rapor/shared/plan-owners';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, apiUpload } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * Whose plan: an area's code ("MP") for the group's own, "T.<theme>" ("T.KMS") for an RB
 * Tematik theme's.
 */
export const planOwner = (plan: Pick<ActionPlan, 'area' | 'theme'>) => planOwnerKey(plan);

const urlOf = (year: number, owner: string) =>
  owner.startsWith('T.')
    ? `/api/v1/periods/${year}/themes/${owner.slice(2)}/action-plan`
    : `/api/v1/periods/${year}/areas/${owner}/action-plan`;

/** A group's (or a theme's) action plan for the year with its progress. */
export function useActionPlan(year: number | undefined, code: string) {
  return useQuery({
    queryKey: queryKeys.actionPlan(year ?? 0, code),
    queryFn: year === undefined ? skipToken : () => apiGet(urlOf(year, code), ActionPlan),
  });
}

/** Save the whole plan, or report a quarter; the answer is the plan as stored now. */
export function useActionPlanWrites(year: number, code: string) {
  const client = useQueryClient();
  const onSuccess = (plan: ActionPlan) => {
    client.setQueryData(queryKeys.actionPlan(year, code), plan);
    // the year's list (the overview, the chair's reminder under the header) reads it too
    client.invalidateQueries({ queryKey: queryKeys.actionPlans(year), exact: true });
  };
  const save = useMutation({
    mutationFn: (body: ActionPlanUpdate) => apiSend('PUT', urlOf(year, code), ActionPlan, body),
    onSuccess,
  });
  const report = useMutation({
    mutationFn: ({ quarter, body }: { quarter: Quarter; body: QuarterReportBody }) =>
      apiSend('POST', `${urlOf(year, code)}/quarters/${quarter}`, ActionPlan, body),
    onSuccess,
  });
  return { save, report };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The group's plan workbook brought back: previewed first, then applied on the plan's version. */
export function useImportPlan(year: number, code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, version }: { file: File; version?: number }) =>
      apiUpload(
        `${urlOf(year, code)}/import${version === undefined ? '?dryRun=true' : `?version=${version}`}`,
        PlanImport,
        file,
        XLSX,
      ),
    onSuccess: (result) => {
      if (!result.applied) return;
      client.invalidateQueries({ queryKey: queryKeys.actionPlan(year, code) });
      client.invalidateQueries({ queryKey: queryKeys.actionPlans(year), exact: true });
    },
  });
}
