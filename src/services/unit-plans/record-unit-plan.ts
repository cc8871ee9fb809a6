import type { RecordUnitPlanRequest, UnitPlanDuty } from '../../contracts/unit-plans.js';
import { unitPlans } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { AppError } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { isUniqueViolation } from '../unique-violation.js';
import { readUnitPlanDuty } from './get-unit-plan-duty.js';

/** The unit records the plan it issued (number, date); the file follows with attachUnitPlanFile. */
export async function recordUnitPlan(
  ctx: ServiceContext,
  planId: string,
  unitId: string,
  body: RecordUnitPlanRequest,
): Promise<UnitPlanDuty> {
  const actor = await authorize(ctx, 'unitWork.record', { unitId });
  const today = localDateOf(ctx.now());
  if (body.issuedOn > today)
    throw new AppError('VALIDATION_FAILED', { sentence: 'Ngày ban hành: không được sau ngày hôm nay.' });
  await ctx.db.transaction(async (tx) => {
    const duty = await readUnitPlanDuty(tx, planId, unitId, today);
    if (!duty.level) throw new AppError('UNIT_PLAN_NO_DUTY', { unit: duty.unitName });
    if (duty.record)
      throw new AppError('UNIT_PLAN_ALREADY_RECORDED', { unit: duty.unitName, number: duty.record.documentNumber });
    try {
      const [row] = await tx
        .insert(unitPlans)
        .values({
          planId,
          unitId,
          documentNumber: body.documentNumber,
          issuedOn: body.issuedOn,
          recordedBy: actor.userId,
        })
        .returning();
      await recordAudit(tx, actor, {
        action: 'unitPlan.record',
        entityId: row!.id,
        after: { planId, unitId, documentNumber: body.documentNumber, issuedOn: body.issuedOn, fileName: null },
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('UNIT_PLAN_ALREADY_RECORDED', { unit: duty.unitName, number: body.documentNumber });
      throw error;
    }
  });
  return readUnitPlanDuty(ctx.db, planId, unitId, today);
}
