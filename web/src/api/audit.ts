import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import { call, type QueryParams } from './client.js';

export interface AuditListParams extends QueryParams {
  entity?: string;
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
