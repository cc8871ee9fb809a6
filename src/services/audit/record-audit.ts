import { auditLog } from '../../db/schema/index.js';
import type { DbOrTx } from '../../db/client.js';
import type { AuditAction, AuditEntity } from '../../contracts/audit-actions.js';
import type { Actor } from '../context.js';

export interface AuditRecord {
  /** One of the catalogued codes, so the audit page can name it in both languages. */
  action: AuditAction;
  entity: AuditEntity;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Call inside the transaction of the write it records, so both commit or neither does. */
export async function recordAudit(tx: DbOrTx, actor: Actor | null, record: AuditRecord): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor?.userId ?? null,
    action: record.action,
    entity: record.entity,
    entityId: record.entityId,
    before: stripSecrets(record.before) ?? null,
    after: stripSecrets(record.after) ?? null,
    reason: record.reason ?? null,
  });
}

const SECRET_KEYS = new Set(['passwordHash', 'password', 'csrfToken', 'tokenHash']);

function stripSecrets(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !SECRET_KEYS.has(key)));
}
