import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend('POST', '/api/v1/auth/logout', z.null()),
    onSuccess: () => {
      client.clear();
      client.setQueryData(queryKeys.me, null);
    },
  });
}
