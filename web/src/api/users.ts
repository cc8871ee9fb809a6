import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Role } from '../../../src/contracts/auth.js';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type { createUserRequest, resetPasswordRequest, updateUserRequest } from '../../../src/contracts/users.js';
import { call, type QueryParams } from './client.js';
import { queryFlag } from './query-flag.js';

export interface UserListParams extends QueryParams {
  q?: string;
  role?: Role;
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
    queryFn: () =>
      call(endpoints.listUsers, { query: { ...params, includeArchived: queryFlag(params.includeArchived) } }),
    placeholderData: keepPreviousData,
  });

export function createUser(input: z.input<typeof createUserRequest>) {
  return call(endpoints.createUser, { body: input }, { notify: false });
}

export function updateUser(id: string, input: z.input<typeof updateUserRequest>, notify = false) {
  return call(endpoints.updateUser, { params: { id }, body: input }, { notify });
}

export function resetPassword(id: string, input: z.input<typeof resetPasswordRequest>) {
  return call(endpoints.resetUserPassword, { params: { id }, body: input }, { notify: false });
}

export function archiveUser(id: string, reason: string) {
  return call(endpoints.archiveUser, { params: { id }, body: { reason } }, { notify: false });
}
