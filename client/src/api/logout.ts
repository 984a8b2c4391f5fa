import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiSend } from '../lib/api-client';
import { forgetOfflineDeck } from '../lib/offline-deck';
import { queryKeys } from '../lib/query-keys';

/** Signs out here, or everywhere: every session of the user ends (a lost or shared device). */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (scope: 'here' | 'everywhere' = 'here') =>
      apiSend(
        'POST',
        scope === 'everywhere' ? '/api/v1/auth/logout-everywhere' : '/api/v1/auth/logout',
        z.null(),
      ),
    onSuccess: async () => {
      await forgetOfflineDeck();
      client.clear();
      client.setQueryData(queryKeys.me, null);
    },
  });
}
