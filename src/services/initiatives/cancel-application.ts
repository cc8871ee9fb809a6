import { and, eq, isNull } from 'drizzle-orm';
import type { InitiativeDetail } from '../../contracts/initiatives.js';
import { initiativeApplications } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readInitiative } from './get-initiative.js';

/** The applying unit cancels an application it recorded by mistake, with a reason (kept, never deleted). */
export async function cancelApplication(
  ctx: ServiceContext,
  id: string,
  applicationId: string,
  reason: string,
): Promise<InitiativeDetail> {
  const actor = await authorize(
    ctx,
    'unitWork.record',
    { initiativeApplicationId: applicationId },
    'hủy việc áp dụng sáng kiến của đơn vị khác',
  );
  await ctx.db.transaction(async (tx) => {
    const [application] = await tx
      .select()
      .from(initiativeApplications)
      .where(and(eq(initiativeApplications.id, applicationId), eq(initiativeApplications.initiativeId, id)));
    if (!application) throw notFound('việc áp dụng sáng kiến');
    const updated = await tx
      .update(initiativeApplications)
      .set({ cancelledAt: ctx.now(), cancelReason: reason })
      .where(and(eq(initiativeApplications.id, applicationId), isNull(initiativeApplications.cancelledAt)))
      .returning({ id: initiativeApplications.id });
    if (updated.length === 0) throw notFound('việc áp dụng sáng kiến (đã được hủy trước đó)');
    await recordAudit(tx, actor, {
      action: 'initiativeApplication.cancel',
      entityId: applicationId,
      reason,
      before: {
        initiativeId: id,
        unitId: application.unitId,
        appliedOn: application.appliedOn,
        note: application.note,
      },
    });
  });
  return readInitiative(ctx, actor, id);
}
