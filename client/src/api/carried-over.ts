import {
  type AreaResult,
  CARRIED_OVER_PAGE,
  RECOMMENDATIONS_PAGE_MAX,
  type Recommendation,
  RecommendationsResponse,
} from '@rapor/shared/schemas';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiGet } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

const pageOf = (year: number, code: string, query: string) =>
  apiGet(`/api/v1/periods/${year}/areas/${code}/carried-over?${query}`, RecommendationsResponse);

/**
 * An area's earlier recommendations still open when the year began: the first page its result
 * carries, and the next pages read on request ("show more"). Under the area's query key, so a
 * follow-up that refreshes the result refreshes the pages read too.
 */
export function useCarriedOver(result: AreaResult) {
  const { year, area } = result;
  const first = result.recommendations.carriedOver;
  const total = result.recommendations.carriedOverTotal;
  const [wanted, setWanted] = useState(false);
  const pages = useInfiniteQuery({
    queryKey: queryKeys.carriedOver(year, area.code),
    queryFn: ({ pageParam }) =>
      pageOf(year, area.code, `offset=${pageParam}&limit=${CARRIED_OVER_PAGE}`),
    initialPageParam: first.length,
    getNextPageParam: (last, _all, offset) => {
      const next = offset + last.recommendations.length;
      return next < last.total && last.recommendations.length > 0 ? next : undefined;
    },
    enabled: wanted && total > first.length,
  });
  const items: Recommendation[] = [
    ...first,
    ...(pages.data?.pages.flatMap((p) => p.recommendations) ?? []),
  ];
  return {
    items,
    total,
    /** how many are not read yet */
    remaining: Math.max(0, total - items.length),
    loading: pages.isFetching,
    error: pages.error,
    showMore: () => {
      if (!wanted) setWanted(true);
      else void pages.fetchNextPage();
    },
  };
}

/** Every carried-over recommendation of the area the chair proposes as done (the evaluator's). */
export function useProposedCarriedOver(result: AreaResult, enabled: boolean) {
  const { year, area } = result;
  return useQuery({
    queryKey: queryKeys.carriedOverProposed(year, area.code),
    queryFn: () =>
      pageOf(year, area.code, `status=proposed_done&limit=${RECOMMENDATIONS_PAGE_MAX}`),
    enabled: enabled && result.recommendations.carriedOverTotal > 0,
  });
}
