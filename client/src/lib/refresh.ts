import type { AreaResult } from '@rapor/shared/schemas';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys';

/** The views computed from a year's scores: the dashboards, that year's deck, the review queue. */
function invalidateScores(client: QueryClient, year: number): void {
  client.invalidateQueries({ queryKey: queryKeys.reviewQueue });
  client.invalidateQueries({ queryKey: queryKeys.allSummaries });
  client.invalidateQueries({ queryKey: queryKeys.allOverviews });
  client.invalidateQueries({ queryKey: queryKeys.decksOfYear(year) });
}

/**
 * After any write to an area's result (the worksheet's autosave included): the result the
 * server returned, or a refetch when it returned none, and everything that shows its scores.
 */
export function refreshAfterResultWrite(
  client: QueryClient,
  year: number,
  code: string,
  result?: AreaResult,
): void {
  if (result) client.setQueryData(queryKeys.area(year, code), result);
  else client.invalidateQueries({ queryKey: queryKeys.area(year, code) });
  client.invalidateQueries({ queryKey: queryKeys.areaHistory(year, code) });
  client.invalidateQueries({ queryKey: queryKeys.areaComparison(year, code) });
  invalidateScores(client, year);
}

/** After a write that moves every area of a year (a sourced figure, a period's state). */
export function refreshAfterYearWrite(client: QueryClient, year: number): void {
  client.invalidateQueries({ queryKey: queryKeys.figures(year) });
  client.invalidateQueries({ queryKey: queryKeys.areasOfYear(year) });
  client.invalidateQueries({ queryKey: queryKeys.periods });
  invalidateScores(client, year);
}
