import { auditLog } from '../../schema/index.js';
import type { DbOrTx } from '../../client.js';
import { AUDIT_ACTIONS, type AuditAction, type AuditPayload } from '../../../contracts/audit-actions.js';
import type { Actor } from '../../../services/context.js';

/**
 * One audit row: a catalogued action with exactly the payload the catalogue gives it. The entity is the
 * action's own (`unit.archive` is about a unit), so it is not repeated here.
 */
export type AuditRecord = {
  [A in AuditAction]: { action: A; entityId: string | null; reason?: string | null } & AuditPayload<A>;
}[AuditAction];

/**
 * Call inside the transaction of the write it records, so both commit or neither does.
 *
 * The payload is also checked at run time against the catalogue's schema, and a mismatch fails the write:
 * the types cannot see every value (rows read back, spread objects), the check costs microseconds beside
 * the write, and an audit row the catalogue does not describe is a bug better found by the suite than in
 * the log. What is stored is the payload as given (minus secrets), not the parse's output.
 */
export async function recordAudit(tx: DbOrTx, actor: Actor | null, record: AuditRecord): Promise<void> {
  const { action, entityId, reason, ...payload } = record;
  const before = stripSecrets('before' in payload ? payload.before : undefined);
  const after = stripSecrets('after' in payload ? payload.after : undefined);
  const entry = AUDIT_ACTIONS[action];
  const checked = entry.payload.safeParse(withoutAbsent({ before, after }));
  if (!checked.success)
    throw new Error(`Audit payload of ${action} does not match the catalogue: ${JSON.stringify(checked.error.issues)}`);
  await tx.insert(auditLog).values({
    actorId: actor?.userId ?? null,
    action,
    entity: entry.entity,
    entityId,
    before: before ?? null,
    after: after ?? null,
    reason: reason ?? null,
  });
}

const SECRET_KEYS = new Set(['passwordHash', 'password', 'csrfToken', 'tokenHash']);

function stripSecrets(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !SECRET_KEYS.has(key)));
}

/** `{ before: undefined }` is no payload at all, as the strict schemas of actions without one expect. */
function withoutAbsent(payload: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined));
}
