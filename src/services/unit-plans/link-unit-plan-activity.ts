import { and, eq, isNull } from 'drizzle-orm';
import { linkUnitPlanActivityRequest, type UnitPlanActivities } from '../../contracts/unit-plans.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { activeUnitPlans } from '../../db/queries/unit-plans/unit-plan-duties.js';
import { planActivities, unitPlanActivities } from '../../db/schema/index.js';
import { notFound, staleVersion } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { checkedRequest, refused } from '../registers/steps/entry-access.js';
import { unitPlanActivitiesView } from './get-unit-plan-activities.js';

/** The unit confirms, changes or clears (its own activity) the province activity a line of its plan carries out. */
export async function linkUnitPlanActivity(
  ctx: ServiceContext,
  planId: string,
  unitId: string,
  activityId: string,
  request: unknown,
): Promise<UnitPlanActivities> {
  const actor = await authorize(ctx, 'unitWork.record', { unitId });
  const input = checkedRequest(linkUnitPlanActivityRequest, request);
  await ctx.db.transaction(async (tx) => {
    const [record] = await activeUnitPlans(tx, [planId], [unitId]);
    const [row] = record
      ? await tx
          .select()
          .from(unitPlanActivities)
          .where(
            and(
              eq(unitPlanActivities.id, activityId),
              eq(unitPlanActivities.unitPlanId, record.id),
              isNull(unitPlanActivities.supersededAt),
            ),
          )
          .for('update')
      : [];
    if (!row) throw notFound('hoạt động trong kế hoạch của đơn vị');
    if (row.version !== input.version) throw staleVersion('Hoạt động trong kế hoạch của đơn vị');
    if (input.planActivityId) {
      const [target] = await tx
        .select({ id: planActivities.id })
        .from(planActivities)
        .where(
          and(
            eq(planActivities.id, input.planActivityId),
            eq(planActivities.planId, planId),
            isNull(planActivities.removedInVersion),
          ),
        );
      if (!target) throw refused('Hoạt động của kế hoạch tỉnh', 'không có trong kế hoạch này.', 'planActivityId');
    }
    await tx
      .update(unitPlanActivities)
      .set({ planActivityId: input.planActivityId, link: 'confirmed', version: row.version + 1 })
      .where(eq(unitPlanActivities.id, row.id));
    await recordAudit(tx, actor, {
      action: 'unitPlanActivity.link',
      entityId: row.id,
      before: { planActivityId: row.planActivityId, link: row.link },
      after: { planActivityId: input.planActivityId, link: 'confirmed' },
    });
  });
  return unitPlanActivitiesView(ctx.db, planId, unitId);
}
