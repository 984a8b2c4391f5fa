import { AreaResult, ReviewQueue } from '@rapor/shared/schemas';
import type { IndicatorUpdate, TransitionBody } from '@rapor/shared/write-schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { refreshAfterResultWrite } from '../../../lib/refresh';

/**
 * One queue of writes per result, shared by every row of the review page: each write starts
 * when the previous one is answered, from the version that answer gave (the query cache is
 * updated only afterwards, so reading it would send the old version and get 409).
 */
const queues = new Map<string, { chain: Promise<unknown>; version: number }>();

function queueOf(base: string) {
  let queue = queues.get(base);
  if (!queue) {
    queue = { chain: Promise.resolve(), version: 0 };
    queues.set(base, queue);
  }
  return queue;
}

/**
 * The evaluator's writes on one result. Values and notes are sent one after another, each
 * with the version the previous write returned, so quick changes never trip over each other.
 */
export function useReviewActions(year: number, code: string) {
  const client = useQueryClient();
  const base = `/api/v1/periods/${year}/areas/${code}`;
  const key = queryKeys.area(year, code);
  const adopt = (result: AreaResult) => {
    refreshAfterResultWrite(client, year, code, result);
    // the period board counts verified areas
    client.invalidateQueries({ queryKey: queryKeys.periods });
  };
  // versions only rise: the newer of what this page last wrote and what it last read
  const version = () =>
    Math.max(queueOf(base).version, client.getQueryData<AreaResult>(key)?.version ?? 0);
  return {
    evaluate: useMutation({
      mutationFn: ({
        indicator,
        body,
      }: {
        indicator: string;
        body: Omit<IndicatorUpdate, 'version'>;
      }) => {
        const queue = queueOf(base);
        const next = queue.chain.then(async () => {
          const result = await apiSend('PUT', `${base}/indicators/${indicator}`, AreaResult, {
            version: version(),
            ...body,
          });
          queue.version = result.version;
          return result;
        });
        queue.chain = next.catch(() => undefined);
        return next;
      },
      onSuccess: adopt,
    }),
    returnResult: useMutation({
      mutationFn: (body: Omit<TransitionBody, 'version'>) =>
        apiSend('POST', `${base}/return`, AreaResult, { version: version(), ...body }),
      onSuccess: adopt,
    }),
    verify: useMutation({
      mutationFn: () => apiSend('POST', `${base}/verify`, AreaResult, { version: version() }),
      onSuccess: adopt,
    }),
  };
}

/** What waits for the evaluator: every area of each year not closed, in one request. */
export function useReviewQueue() {
  return useQuery({
    queryKey: queryKeys.reviewQueue,
    queryFn: () => apiGet('/api/v1/review-queue', ReviewQueue),
  });
}
