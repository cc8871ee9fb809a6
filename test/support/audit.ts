import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { auditLog } from '../../src/db/schema/index.js';

/** The audit trail of one record, oldest first: what a use case left behind besides its own rows. */
export async function auditTrailOf(db: Database, entity: string, entityId: string) {
  return db
    .select({
      action: auditLog.action,
      actorId: auditLog.actorId,
      reason: auditLog.reason,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}
