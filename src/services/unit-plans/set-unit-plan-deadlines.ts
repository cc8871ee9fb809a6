import { eq } from 'drizzle-orm';
import type { UnitPlanOverview } from '../../contracts/unit-plans.js';
import { plans, unitPlanDeadlines } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import type { UnitPlanLevel } from '../../domain/unit-plans/deadlines.js';
import { notFound } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readUnitPlanOverview } from './get-unit-plan-overview.js';

/**
 * The coordinator's deadline for a level where the plan's document does not say it (or says it otherwise):
 * a date overrides the plan's own, null follows the plan again. Settings are kept, never deleted.
 */
export async function setUnitPlanDeadlines(
  ctx: ServiceContext,
  planId: string,
  body: { deadlines: { level: UnitPlanLevel; dueOn: string | null }[] },
): Promise<UnitPlanOverview> {
  const actor = await authorize(ctx, 'unitPlans.manage', { planId });
  await ctx.db.transaction(async (tx) => {
    const [plan] = await tx.select({ id: plans.id }).from(plans).where(eq(plans.id, planId)).for('update');
    if (!plan) throw notFound('kế hoạch');
    const before = await tx.select().from(unitPlanDeadlines).where(eq(unitPlanDeadlines.planId, planId));
    for (const { level, dueOn } of body.deadlines) {
      await tx
        .insert(unitPlanDeadlines)
        .values({ planId, level, dueOn, setBy: actor.userId, setAt: ctx.now() })
        .onConflictDoUpdate({
          target: [unitPlanDeadlines.planId, unitPlanDeadlines.level],
          set: { dueOn, setBy: actor.userId, setAt: ctx.now() },
        });
    }
    await recordAudit(tx, actor, {
      action: 'plan.setUnitPlanDeadlines',
      entityId: planId,
      before: before.map((d) => ({ level: d.level, dueOn: d.dueOn })),
      after: body.deadlines,
    });
  });
  return readUnitPlanOverview(ctx.db, planId, localDateOf(ctx.now()));
}
