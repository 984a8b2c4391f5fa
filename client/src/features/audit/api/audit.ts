import { AuditChain, AuditResponse } from '@rapor/shared/write-schemas';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface AuditFilter {
  user?: string;
  area?: string;
  action?: string;
  from?: string;
  to?: string;
}

export function auditQueryOptions(filter: AuditFilter) {
  const query = new URLSearchParams({ limit: '200' });
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value);
  return queryOptions({
    queryKey: queryKeys.audit(filter),
    queryFn: () => apiGet(`/api/v1/audit?${query}`, AuditResponse),
    placeholderData: keepPreviousData,
  });
}

export function useAudit(filter: AuditFilter) {
  return useQuery(auditQueryOptions(filter));
}

/** Whether the trail's hash chain holds: checked by the server over every entry. */
export function useAuditChain() {
  return useQuery({
    queryKey: queryKeys.auditChain,
    queryFn: () => apiGet('/api/v1/audit/chain', AuditChain),
  });
}
