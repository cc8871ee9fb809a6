import { eq } from 'drizzle-orm';
import type { UnitPlanOverview } from '../../contracts/unit-plans.js';
import type { DbOrTx } from '../../db/client.js';
import { plans } from '../../db/schema/index.js';
import { activeUnitPlans, deadlinesInForce, dutyUnits } from '../../db/queries/unit-plans/unit-plan-duties.js';
import { UNIT_PLAN_LEVELS, unitPlanState } from '../../domain/unit-plans/deadlines.js';
import { notFound } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** The province's picture of a plan's unit plans: each level's deadline and counts, every owing unit with its state. */
export async function getUnitPlanOverview(ctx: ServiceContext, planId: string): Promise<UnitPlanOverview> {
  await authorize(ctx, 'unitPlans.overview', { planId });
  return readUnitPlanOverview(ctx.db, planId, localDateOf(ctx.now()));
}

export async function readUnitPlanOverview(db: DbOrTx, planId: string, today: string): Promise<UnitPlanOverview> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound('kế hoạch');
  const deadlines = await deadlinesInForce(db, planId);
  const owing = await dutyUnits(db, deadlines);
  const records = new Map((await activeUnitPlans(db, [planId])).map((r) => [r.unitId, r]));
  const rows = owing.map((u) => {
    const record = records.get(u.unitId);
    return {
      unitId: u.unitId,
      unitName: u.unitName,
      level: u.level,
      dueOn: u.dueOn,
      state: unitPlanState(u.dueOn, record?.issuedOn ?? null, today),
      documentNumber: record?.documentNumber ?? null,
      issuedOn: record?.issuedOn ?? null,
    };
  });
  return {
    planId,
    planName: plan.name,
    year: plan.year,
    deadlines,
    levels: UNIT_PLAN_LEVELS.map((level) => {
      const ofLevel = rows.filter((r) => r.level === level);
      return {
        level,
        dueOn: deadlines.find((d) => d.level === level)?.dueOn ?? null,
        units: ofLevel.length,
        issued: ofLevel.filter((r) => r.issuedOn !== null).length,
        onTime: ofLevel.filter((r) => r.state === 'issued_on_time').length,
      };
    }),
    units: rows,
  };
}
