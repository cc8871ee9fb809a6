import { z } from 'zod';
import { pageParam, textParam } from '../searchParams.js';

/** The audit log's filters, kept in the address. */
export const auditSearch = z.object({ entity: textParam, entityId: textParam, page: pageParam });
export type AuditSearch = z.infer<typeof auditSearch>;
