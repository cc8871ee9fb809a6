import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createUserRequest, resetPasswordRequest, updateUserRequest} from '../../../src/contracts/users.js';
import { userPage, userSummary } from '../../../src/contracts/users.js';
import { apiCall, apiRequest, type QueryParams } from './client.js';

export interface UserListParams extends QueryParams {
  q?: string;
  role?: string;
  unitId?: string;
  includeArchived?: boolean;
  page?: number;
  pageSize?: number;
}

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
};

export const userListQuery = (params: UserListParams) =>
  queryOptions({
    queryKey: userKeys.list(params),
    queryFn: () => apiRequest('/users', userPage, { query: params }),
    placeholderData: keepPreviousData,
  });

export function createUser(input: z.input<typeof createUserRequest>) {
  return apiRequest('/users', userSummary, { body: input, notify: false });
}

export function updateUser(id: string, input: z.input<typeof updateUserRequest>, notify = false) {
  return apiRequest(`/users/${id}`, userSummary, { method: 'PATCH', body: input, notify });
}

export function resetPassword(id: string, input: z.input<typeof resetPasswordRequest>) {
  return apiCall(`/users/${id}/reset-password`, { body: input, notify: false });
}

export function archiveUser(id: string, reason: string) {
  return apiCall(`/users/${id}/archive`, { body: { reason }, notify: false });
}
