import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type {
  applyInitiativeRequest,
  decideInitiativeRequest,
  initiativeStatus,
  proposeInitiativeRequest,
} from '../../../src/contracts/initiatives.js';
import { call, upload } from './client.js';

export type InitiativeStatus = z.infer<typeof initiativeStatus>;

export const initiativeKeys = {
  all: ['initiatives'] as const,
  list: (year: number | undefined, status: InitiativeStatus | undefined) =>
    ['initiatives', 'list', year, status] as const,
  detail: (id: string) => ['initiatives', 'detail', id] as const,
};

export const initiativeListQuery = (year: number | undefined, status: InitiativeStatus | undefined) =>
  queryOptions({
    queryKey: initiativeKeys.list(year, status),
    queryFn: () => call(endpoints.listInitiatives, { query: { year, status, page: 1, pageSize: 200 } }),
  });

export const initiativeQuery = (id: string) =>
  queryOptions({
    queryKey: initiativeKeys.detail(id),
    queryFn: () => call(endpoints.getInitiative, { params: { id } }),
  });

export const proposeInitiative = (unitId: string, body: z.input<typeof proposeInitiativeRequest>) =>
  call(endpoints.proposeInitiative, { params: { unitId }, body }, { notify: false });

export const decideInitiative = (id: string, body: z.input<typeof decideInitiativeRequest>) =>
  call(endpoints.decideInitiative, { params: { id }, body }, { notify: false });

export const applyInitiative = (id: string, body: z.input<typeof applyInitiativeRequest>) =>
  call(endpoints.recordInitiativeApplication, { params: { id }, body }, { notify: false });

export const withdrawInitiative = (id: string, reason: string, version: number) =>
  call(endpoints.withdrawInitiative, { params: { id }, body: { reason, version } }, { notify: false });

export function addInitiativeFile(id: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return upload(endpoints.addInitiativeFile, { params: { id } }, form, { notify: false });
}
