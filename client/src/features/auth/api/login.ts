import { type LoginBody, Me } from '@rapor/shared/write-schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => apiSend('POST', '/api/v1/auth/login', Me, body),
    onSuccess: (me) => client.setQueryData(queryKeys.me, me),
  });
}
