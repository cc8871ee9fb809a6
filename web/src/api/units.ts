import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type {
  addSuccessionRequest,
  createUnitRequest,
  governmentLevel,
  unitKind,
  unitTreeNode,
  updateUnitRequest,
} from '../../../src/contracts/units.js';
import { call, endpointUrl, upload, type QueryParams } from './client.js';
import { queryFlag } from './query-flag.js';

export { unitTreeNode } from '../../../src/contracts/units.js';
export type UnitTreeNode = z.infer<typeof unitTreeNode>;

export interface UnitListParams extends QueryParams {
  q?: string;
  kind?: z.infer<typeof unitKind>;
  parentId?: string;
  level?: z.infer<typeof governmentLevel>;
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
    queryFn: () =>
      call(endpoints.listUnits, { query: { ...params, includeArchived: queryFlag(params.includeArchived) } }),
    placeholderData: keepPreviousData,
  });

export const unitTreeQuery = queryOptions({
  queryKey: unitKeys.tree,
  queryFn: async () => (await call(endpoints.getUnitTree, {})).nodes,
});

export const unitDetailQuery = (id: string) =>
  queryOptions({ queryKey: unitKeys.detail(id), queryFn: () => call(endpoints.getUnit, { params: { id } }) });

export const unitUsersQuery = (id: string) =>
  queryOptions({ queryKey: unitKeys.users(id), queryFn: () => call(endpoints.listUnitUsers, { params: { id } }) });

export function createUnit(input: z.input<typeof createUnitRequest>) {
  return call(endpoints.createUnit, { body: input }, { notify: false });
}

export function updateUnit(id: string, input: z.input<typeof updateUnitRequest>) {
  return call(endpoints.updateUnit, { params: { id }, body: input }, { notify: false });
}

export function archiveUnit(id: string, reason: string) {
  return call(endpoints.archiveUnit, { params: { id }, body: { reason } }, { notify: false });
}

export function addSuccession(fromId: string, input: z.input<typeof addSuccessionRequest>) {
  return call(endpoints.addUnitSuccession, { params: { id: fromId }, body: input }, { notify: false });
}

export function importUnits(file: File, dryRun: boolean) {
  const form = new FormData();
  form.set('file', file);
  return upload(endpoints.importUnits, { query: { dryRun: queryFlag(dryRun) } }, form, { notify: false });
}

export function unitExportUrl(format: 'csv' | 'xlsx'): string {
  return endpointUrl(endpoints.exportUnits, { query: { format } });
}
