import { eq } from 'drizzle-orm';
import { cancelInspectionPlanRequest } from '../../contracts/inspections.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { inspectionPlans } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { checkedRequest } from '../registers/steps/entry-access.js';
import { getInspectionPlan } from './get-inspection-plan.js';
import { lockLivePlan } from './save-inspection-plan.js';

/** A coordinator (or the district whose plan it is) cancels a plan with a reason: kept, shown as cancelled; its inspections stay in the register. */
export async function cancelInspectionPlan(ctx: ServiceContext, id: string, request: unknown) {
  const actor = await authorize(ctx, 'inspections.manage', { inspectionPlanId: id });
  const input = checkedRequest(cancelInspectionPlanRequest, request);
  await ctx.db.transaction(async (tx) => {
    const current = await lockLivePlan(tx, id, input.version);
    await tx
      .update(inspectionPlans)
      .set({ cancelledAt: ctx.now(), cancelReason: input.reason, version: current.version + 1, updatedAt: ctx.now() })
      .where(eq(inspectionPlans.id, id));
    await recordAudit(tx, actor, {
      action: 'inspectionPlan.cancel',
      entityId: id,
      reason: input.reason,
      before: { cancelled: false },
      after: { cancelled: true },
    });
  });
  return getInspectionPlan(ctx, id);
}
