import { Health } from '@rapor/shared/schemas';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Whether this server is a demo: the login page names the demo accounts only then. */
export function useDemoAccounts(): boolean {
  const health = useQuery({
    queryKey: queryKeys.health,
    queryFn: () => apiGet('/api/health', Health),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return health.data?.demoAccounts ?? false;
}
