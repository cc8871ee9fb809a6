import { and, eq } from 'drizzle-orm';
import type { UnitPlanDuty } from '../../contracts/unit-plans.js';
import { unitPlans } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { activeUnitPlans } from '../../db/queries/unit-plans/unit-plan-duties.js';
import { notFound, staleVersion } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readUnitPlanDuty } from './get-unit-plan-duty.js';

/** A wrongly recorded plan is cancelled with a reason (never deleted); the unit owes its plan again. */
export async function cancelUnitPlan(
  ctx: ServiceContext,
  planId: string,
  unitId: string,
  body: { reason: string; version: number },
): Promise<UnitPlanDuty> {
  const actor = await authorize(ctx, 'unitWork.record', { unitId });
  await ctx.db.transaction(async (tx) => {
    const [record] = await activeUnitPlans(tx, [planId], [unitId]);
    if (!record) throw notFound('kế hoạch CCHC đã ghi nhận của đơn vị');
    const updated = await tx
      .update(unitPlans)
      .set({ cancelledAt: ctx.now(), cancelReason: body.reason, version: record.version + 1 })
      .where(and(eq(unitPlans.id, record.id), eq(unitPlans.version, body.version)))
      .returning({ id: unitPlans.id });
    if (updated.length === 0) throw staleVersion('kế hoạch CCHC của đơn vị');
    await recordAudit(tx, actor, {
      action: 'unitPlan.cancel',
      entityId: record.id,
      reason: body.reason,
      before: {
        planId,
        unitId,
        documentNumber: record.documentNumber,
        issuedOn: record.issuedOn,
        fileName: record.fileName,
      },
    });
  });
  return readUnitPlanDuty(ctx.db, planId, unitId, localDateOf(ctx.now()));
}
