import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { AuditAction } from '../../../src/contracts/audit-actions.js';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import { call, type QueryParams } from './client.js';

export interface AuditListParams extends QueryParams {
  entity?: string;
  action?: AuditAction;
  entityId?: string;
  page?: number;
  pageSize?: number;
}

export const auditListQuery = (params: AuditListParams) =>
  queryOptions({
    queryKey: ['audit', params] as const,
    queryFn: () => call(endpoints.listAudit, { query: params }),
    placeholderData: keepPreviousData,
  });
