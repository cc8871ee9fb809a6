import { eq } from 'drizzle-orm';
import type { UnitPlanDuty } from '../../contracts/unit-plans.js';
import type { DbOrTx } from '../../db/client.js';
import { plans, units } from '../../db/schema/index.js';
import { activeUnitPlans, deadlinesInForce } from '../../db/queries/unit-plans/unit-plan-duties.js';
import { unitPlanLevelOf, unitPlanState } from '../../domain/unit-plans/deadlines.js';
import { notFound } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** A unit's duty to issue its own plan under a province plan, and what it recorded. */
export async function getUnitPlanDuty(ctx: ServiceContext, planId: string, unitId: string): Promise<UnitPlanDuty> {
  await authorize(ctx, 'unitData.read', { unitId });
  return readUnitPlanDuty(ctx.db, planId, unitId, localDateOf(ctx.now()));
}

export async function readUnitPlanDuty(
  db: DbOrTx,
  planId: string,
  unitId: string,
  today: string,
): Promise<UnitPlanDuty> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound('kế hoạch');
  const [unit] = await db.select().from(units).where(eq(units.id, unitId));
  if (!unit) throw notFound('đơn vị');
  const level = unitPlanLevelOf(unit.kind);
  const deadline = (await deadlinesInForce(db, planId)).find((d) => d.level === level);
  const [record] = await activeUnitPlans(db, [planId], [unitId]);
  return {
    planId,
    planName: plan.name,
    year: plan.year,
    unitId,
    unitName: unit.name,
    level: deadline ? deadline.level : null,
    dueOn: deadline?.dueOn ?? null,
    state: deadline ? unitPlanState(deadline.dueOn, record?.issuedOn ?? null, today) : null,
    record: record
      ? {
          id: record.id,
          documentNumber: record.documentNumber,
          issuedOn: record.issuedOn,
          fileId: record.fileId,
          fileName: record.fileName,
          recordedAt: record.recordedAt.toISOString(),
          version: record.version,
        }
      : null,
  };
}
