import { z } from 'zod';
import { AUDIT_ACTION_CODES } from '../../../src/contracts/audit-actions.js';
import { pageParam, textParam } from '../searchParams.js';

/** The audit log's filters, kept in the address; an action the catalogue no longer has is dropped. */
export const auditSearch = z.object({
  entity: textParam,
  action: z.enum(AUDIT_ACTION_CODES).optional().catch(undefined),
  entityId: textParam,
  page: pageParam,
});
export type AuditSearch = z.infer<typeof auditSearch>;
