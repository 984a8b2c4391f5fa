import { AreaResult } from '@rapor/shared/schemas';
import type { IndicatorUpdate, TransitionBody } from '@rapor/shared/write-schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { refreshAfterResultWrite } from '../../../lib/refresh';

/**
 * The evaluator's writes on one result. Values and notes are sent one after another, each
 * with the version the previous write returned, so quick changes never trip over each other.
 */
export function useReviewActions(year: number, code: string) {
  const client = useQueryClient();
  const base = `/api/v1/periods/${year}/areas/${code}`;
  const key = queryKeys.area(year, code);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const adopt = (result: AreaResult) => {
    refreshAfterResultWrite(client, year, code, result);
    // the period board counts verified areas
    client.invalidateQueries({ queryKey: queryKeys.periods });
  };
  const version = () => client.getQueryData<AreaResult>(key)?.version ?? 0;
  return {
    evaluate: useMutation({
      mutationFn: ({
        indicator,
        body,
      }: {
        indicator: string;
        body: Omit<IndicatorUpdate, 'version'>;
      }) => {
        const next = chain.current.then(() =>
          apiSend('PUT', `${base}/indicators/${indicator}`, AreaResult, {
            version: version(),
            ...body,
          }),
        );
        chain.current = next.catch(() => undefined);
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
