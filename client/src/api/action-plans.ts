import {
  ActionPlansOverview,
  type PlanDeadlinesUpdate,
  RemindersSent,
} from '@rapor/shared/action-plan-schemas';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

/** Every working group's action plan of a year in brief, with the ministry's progress. */
export function useActionPlans(year: number | undefined) {
  return useQuery({
    queryKey: queryKeys.actionPlans(year ?? 0),
    queryFn:
      year === undefined
        ? skipToken
        : () => apiGet(`/api/v1/periods/${year}/action-plans`, ActionPlansOverview),
  });
}

/** The secretariat sets a year's four report deadlines; every plan of the year is read again. */
export function useSetPlanDeadlines(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanDeadlinesUpdate) =>
      apiSend('PUT', `/api/v1/periods/${year}/plan-deadlines`, ActionPlansOverview, body),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: queryKeys.actionPlans(year) });
      client.invalidateQueries({ queryKey: queryKeys.periods });
    },
  });
}

/** The secretariat sends the action plans' reminders by e-mail now (to late chairs, a digest). */
export function useSendReminders() {
  return useMutation({
    mutationFn: () => apiSend('POST', '/api/v1/reminders/send', RemindersSent, undefined),
  });
}
