import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from './query-keys';
import { refreshAfterResultWrite, refreshAfterYearWrite } from './refresh';

function clientWith(keys: readonly (readonly unknown[])[]): QueryClient {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, { cached: true });
  return client;
}
const stale = (client: QueryClient, key: readonly unknown[]) =>
  client.getQueryState(key)?.isInvalidated ?? false;

const KEYS = [
  queryKeys.summary(2018, 2025),
  queryKeys.overview(2025),
  queryKeys.overview(undefined),
  queryKeys.deck(2025),
  queryKeys.deck(2024),
  queryKeys.areaHistory(2025, 'MP'),
  queryKeys.areaComparison(2025, 'MP'),
  queryKeys.area(2025, 'SDM'),
  queryKeys.figures(2025),
  queryKeys.users,
];

describe('what a write makes stale', () => {
  it("an area's write (autosave included): its result, history, comparison, the dashboards and the year's deck", () => {
    const client = clientWith(KEYS);
    const result = { version: 7 } as never;
    refreshAfterResultWrite(client, 2025, 'MP', result);
    expect(client.getQueryData(queryKeys.area(2025, 'MP'))).toBe(result);
    for (const key of [
      queryKeys.summary(2018, 2025),
      queryKeys.overview(2025),
      queryKeys.overview(undefined),
      queryKeys.deck(2025),
      queryKeys.areaHistory(2025, 'MP'),
      queryKeys.areaComparison(2025, 'MP'),
    ]) {
      expect({ key, stale: stale(client, key) }).toEqual({ key, stale: true });
    }
    // another year's deck, another area, other data: untouched
    for (const key of [queryKeys.deck(2024), queryKeys.area(2025, 'SDM'), queryKeys.users]) {
      expect({ key, stale: stale(client, key) }).toEqual({ key, stale: false });
    }
  });

  it("a year's write: its figures, every area of the year, the dashboards and its deck", () => {
    const client = clientWith(KEYS);
    refreshAfterYearWrite(client, 2025);
    for (const key of [
      queryKeys.figures(2025),
      queryKeys.area(2025, 'SDM'),
      queryKeys.summary(2018, 2025),
      queryKeys.overview(2025),
      queryKeys.deck(2025),
    ]) {
      expect({ key, stale: stale(client, key) }).toEqual({ key, stale: true });
    }
    expect(stale(client, queryKeys.deck(2024))).toBe(false);
    expect(stale(client, queryKeys.users)).toBe(false);
  });
});
