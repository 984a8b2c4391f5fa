import { AuditChain, AuditResponse } from '@rapor/shared/write-schemas';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface AuditFilter {
  user?: string;
  area?: string;
  action?: string;
  from?: string;
  to?: string;
}

const PAGE = 200;

/** The trail newest first, a page at a time: "Muat catatan lebih lama" asks for the next. */
export function useAudit(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: queryKeys.audit(filter),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE) });
      for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value);
      if (pageParam) query.set('before', String(pageParam));
      return apiGet(`/api/v1/audit?${query}`, AuditResponse);
    },
    initialPageParam: 0,
    // a full page may have more behind it; a short one is the end
    getNextPageParam: (last) =>
      last.entries.length === PAGE ? last.entries.at(-1)?.id : undefined,
    placeholderData: keepPreviousData,
  });
}

/** Whether the trail's hash chain holds: checked by the server over every entry. */
export function useAuditChain() {
  return useQuery({
    queryKey: queryKeys.auditChain,
    queryFn: () => apiGet('/api/v1/audit/chain', AuditChain),
  });
}
