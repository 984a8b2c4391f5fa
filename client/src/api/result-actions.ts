import { AreaResult, Recommendation } from '@rapor/shared/schemas';
import type {
  AchievementInput,
  FollowUpInput,
  RecommendationInput,
} from '@rapor/shared/write-schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../lib/api-client';
import { refreshAfterResultWrite } from '../lib/refresh';

/** Explicit actions on a result (not autosaved): submit, achievements, follow-ups. */
export function useResultActions(year: number, code: string) {
  const client = useQueryClient();
  const base = `/api/v1/periods/${year}/areas/${code}`;
  const adopt = (result: AreaResult) => refreshAfterResultWrite(client, year, code, result);
  return {
    submit: useMutation({
      mutationFn: (version: number) => apiSend('POST', `${base}/submit`, AreaResult, { version }),
      onSuccess: adopt,
    }),
    addAchievement: useMutation({
      mutationFn: (body: AchievementInput) =>
        apiSend('POST', `${base}/achievements`, AreaResult, body),
      onSuccess: adopt,
    }),
    editAchievement: useMutation({
      mutationFn: ({ id, body }: { id: number; body: AchievementInput }) =>
        apiSend('PUT', `${base}/achievements/${id}`, AreaResult, body),
      onSuccess: adopt,
    }),
    addRecommendation: useMutation({
      mutationFn: (body: RecommendationInput) =>
        apiSend('POST', `${base}/recommendations`, AreaResult, body),
      onSuccess: adopt,
    }),
    removeAchievement: useMutation({
      mutationFn: ({ id, version }: { id: number; version: number }) =>
        apiSend('DELETE', `${base}/achievements/${id}?version=${version}`, AreaResult),
      onSuccess: adopt,
    }),
    followUp: useMutation({
      mutationFn: ({ id, body }: { id: number; body: FollowUpInput }) =>
        apiSend('POST', `/api/v1/recommendations/${id}/follow-ups`, Recommendation, body),
      onSuccess: () => refreshAfterResultWrite(client, year, code),
    }),
  };
}
