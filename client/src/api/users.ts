import {
  type UserCreate,
  UserDto,
  UsersResponse,
  type UserUpdate,
} from '@rapor/shared/write-schemas';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';

export function usersQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.users,
    queryFn: () => apiGet('/api/v1/users', UsersResponse),
  });
}

export function useUsers() {
  return useQuery(usersQueryOptions());
}

export function useUserActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.users });
  return {
    create: useMutation({
      mutationFn: (body: UserCreate) => apiSend('POST', '/api/v1/users', UserDto, body),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: number; body: UserUpdate }) =>
        apiSend('PUT', `/api/v1/users/${id}`, UserDto, body),
      onSuccess: refresh,
    }),
    resetPassword: useMutation({
      mutationFn: ({ id, password }: { id: number; password: string }) =>
        apiSend('PUT', `/api/v1/users/${id}/password`, z.null(), { password }),
      onSuccess: refresh,
    }),
    endSessions: useMutation({
      mutationFn: (id: number) => apiSend('DELETE', `/api/v1/users/${id}/sessions`, z.null()),
      onSuccess: refresh,
    }),
  };
}
