import { and, eq } from 'drizzle-orm';
import type { InitiativeDetail } from '../../contracts/initiatives.js';
import { initiatives } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { staleVersion } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readInitiative } from './get-initiative.js';
import { loadInitiativeFor } from './load-initiative.js';

/** The proposing unit (or the office) withdraws an initiative awaiting the council, with a reason; it is kept. */
export async function withdrawInitiative(
  ctx: ServiceContext,
  id: string,
  body: { reason: string; version: number },
): Promise<InitiativeDetail> {
  const actor = await authorize(ctx, 'initiative.withdraw', { initiativeId: id });
  await ctx.db.transaction(async (tx) => {
    const row = await loadInitiativeFor(tx, id, 'withdraw', body.version);
    const updated = await tx
      .update(initiatives)
      .set({ status: 'withdrawn', withdrawnAt: ctx.now(), withdrawReason: body.reason, version: row.version + 1 })
      .where(and(eq(initiatives.id, id), eq(initiatives.version, body.version)))
      .returning({ id: initiatives.id });
    if (updated.length === 0) throw staleVersion('sáng kiến');
    await recordAudit(tx, actor, {
      action: 'initiative.withdraw',
      entityId: id,
      reason: body.reason,
      before: { status: row.status },
      after: { status: 'withdrawn' },
    });
  });
  return readInitiative(ctx, actor, id);
}
