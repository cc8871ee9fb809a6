import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { userSummary } from '../../../src/contracts/users.js';
import type {
  addSuccessionRequest,
  createUnitRequest,
  updateUnitRequest} from '../../../src/contracts/units.js';
import {
  governmentLevel,
  unitDetail,
  unitImportResult,
  unitKind,
  unitPage
} from '../../../src/contracts/units.js';
import { apiCall, apiRequest, type QueryParams } from './client.js';

export const unitTreeNode = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  kind: unitKind,
  level: governmentLevel,
  archived: z.boolean(),
  validTo: z.string().nullable(),
});
export type UnitTreeNode = z.infer<typeof unitTreeNode>;
const unitTreeResponse = z.object({ nodes: z.array(unitTreeNode) });

export interface UnitListParams extends QueryParams {
  q?: string;
  kind?: string;
  level?: string;
  validAt?: string;
  includeArchived?: boolean;
  page?: number;
  pageSize?: number;
}

export const unitKeys = {
  all: ['units'] as const,
  list: (params: UnitListParams) => ['units', 'list', params] as const,
  tree: ['units', 'tree'] as const,
  detail: (id: string) => ['units', 'detail', id] as const,
  users: (id: string) => ['units', 'users', id] as const,
};

export const unitListQuery = (params: UnitListParams) =>
  queryOptions({
    queryKey: unitKeys.list(params),
    queryFn: () => apiRequest('/units', unitPage, { query: params }),
    placeholderData: keepPreviousData,
  });

export const unitTreeQuery = queryOptions({
  queryKey: unitKeys.tree,
  queryFn: async () => (await apiRequest('/units/tree', unitTreeResponse)).nodes,
});

export const unitDetailQuery = (id: string) =>
  queryOptions({ queryKey: unitKeys.detail(id), queryFn: () => apiRequest(`/units/${id}`, unitDetail) });

export const unitUsersQuery = (id: string) =>
  queryOptions({ queryKey: unitKeys.users(id), queryFn: () => apiRequest(`/units/${id}/users`, z.array(userSummary)) });

export function createUnit(input: z.input<typeof createUnitRequest>) {
  return apiRequest('/units', unitDetail, { body: input, notify: false });
}

export function updateUnit(id: string, input: z.input<typeof updateUnitRequest>) {
  return apiRequest(`/units/${id}`, unitDetail, { method: 'PATCH', body: input, notify: false });
}

export function archiveUnit(id: string, reason: string) {
  return apiCall(`/units/${id}/archive`, { body: { reason }, notify: false });
}

export function addSuccession(fromId: string, input: z.input<typeof addSuccessionRequest>) {
  return apiCall(`/units/${fromId}/successions`, { body: input, notify: false });
}

export function importUnits(file: File, dryRun: boolean) {
  const form = new FormData();
  form.set('file', file);
  return apiRequest('/units/import', unitImportResult, { form, query: { dryRun }, notify: false });
}

export function unitExportUrl(format: 'csv' | 'xlsx'): string {
  return `/api/units/export?format=${format}`;
}
