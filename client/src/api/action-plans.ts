import { ActionPlansOverview } from '@rapor/shared/action-plan-schemas';
import { skipToken, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client';
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
