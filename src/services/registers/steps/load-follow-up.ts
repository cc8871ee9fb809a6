import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { registerEntries, registerFollowUps } from '../../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../../domain/errors.js';
import type { RegisterKey } from '../../../domain/registers/index.js';

export type FollowUpRow = typeof registerFollowUps.$inferSelect;

/** A follow-up of the register, or 404. */
export async function requireFollowUp(db: DbOrTx, register: RegisterKey, id: string): Promise<FollowUpRow> {
  const [row] = await db
    .select({ f: registerFollowUps })
    .from(registerFollowUps)
    .innerJoin(registerEntries, eq(registerEntries.id, registerFollowUps.entryId))
    .where(and(eq(registerFollowUps.id, id), eq(registerEntries.register, register)));
  if (!row) throw notFound('nhiệm vụ theo dõi');
  return row.f;
}

/** The follow-up locked for a change: still open (or in the status named) and at the version the form read. */
export async function lockOpenFollowUp(
  tx: DbOrTx,
  id: string,
  version?: number,
  status: FollowUpRow['status'] = 'open',
): Promise<FollowUpRow> {
  const [row] = await tx.select().from(registerFollowUps).where(eq(registerFollowUps.id, id)).for('update');
  if (row!.status !== status) throw new AppError(status === 'open' ? 'FOLLOW_UP_NOT_OPEN' : 'FOLLOW_UP_NOT_REPORTED');
  if (version !== undefined && row!.version !== version) throw staleVersion('Nhiệm vụ theo dõi');
  return row!;
}

export const auditedFollowUp = (row: FollowUpRow) => ({
  entryId: row.entryId,
  unitId: row.unitId,
  title: row.title,
  dueOn: row.dueOn,
  status: row.status,
  result: row.result,
  closedOn: row.closedOn,
  reportedOn: row.reportedOn,
  returnReason: row.returnReason,
});
