import { eq } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { followUpView } from '../../db/queries/registers/register-views.js';
import { registerFollowUps } from '../../db/schema/index.js';
import type { RegisterKey } from '../../domain/registers/index.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { assignAction } from './steps/entry-access.js';
import { auditedFollowUp, lockOpenFollowUp, requireFollowUp } from './steps/load-follow-up.js';

/** A coordinator cancels a follow-up with a reason: kept, no longer reminded nor counted. */
export async function cancelFollowUp(
  ctx: ServiceContext,
  register: RegisterKey,
  id: string,
  input: { version: number; reason: string },
) {
  const followUp = await requireFollowUp(ctx.db, register, id);
  const actor = await authorize(ctx, assignAction(register), { unitId: followUp.unitId });
  await ctx.db.transaction(async (tx) => {
    const current = await lockOpenFollowUp(tx, id, input.version);
    const [row] = await tx
      .update(registerFollowUps)
      .set({ status: 'cancelled', cancelReason: input.reason, version: current.version + 1, updatedAt: ctx.now() })
      .where(eq(registerFollowUps.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'registerFollowUp.cancel',
      entityId: id,
      reason: input.reason,
      before: auditedFollowUp(current),
      after: auditedFollowUp(row!),
    });
  });
  return (await followUpView(ctx.db, id, localDateOf(ctx.now())))!;
}
