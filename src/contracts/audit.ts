import { z } from 'zod';
import { AUDIT_ACTION_CODES } from './audit-actions.js';
import { paginated, paginationQuery, uuid } from './common.js';

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: uuid.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
});
export const listAuditQuery = paginationQuery.extend({
  entity: z.string().max(100).optional(),
  action: z.enum(AUDIT_ACTION_CODES).meta({ label: 'Hành động' }).optional(),
  entityId: z.string().max(100).optional(),
  actorId: uuid.optional(),
});
export const auditPage = paginated(auditEntry);
