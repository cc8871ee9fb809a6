import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { auditPage } from '../../../src/contracts/audit.js';
import { apiRequest, type QueryParams } from './client.js';

export interface AuditListParams extends QueryParams {
  entity?: string;
  action?: string;
  entityId?: string;
  page?: number;
  pageSize?: number;
}

export const auditListQuery = (params: AuditListParams) =>
  queryOptions({
    queryKey: ['audit', params] as const,
    queryFn: () => apiRequest('/audit', auditPage, { query: params }),
    placeholderData: keepPreviousData,
  });
