import { and, eq, isNull, ne } from 'drizzle-orm';
import { plans } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { loadIndex } from '../../db/queries/indices/index-rows.js';
import { workInPlans } from '../../db/queries/indices/work-rows.js';
import { notFound } from '../../domain/errors.js';
import { isUnfinished } from '../../domain/plan/next-year.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { addIndexWork, continued } from './steps/add-index-work.js';

/**
 * Next year's plan takes in the lost-points work of the year before that is not finished: each continues as a new
 * assignment of the same agency (carried_from_id pointing back, status and progress going on), as next year's plan
 * does with its own unfinished lines. Work already continued is not taken twice.
 */
export async function takeIndexWorkIntoPlan(ctx: ServiceContext, planId: string) {
  const actor = await authorize(ctx, 'indices.manage');
  return ctx.db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for('update');
    if (!plan || plan.archivedAt) throw notFound('kế hoạch');
    const earlier = await tx
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.year, plan.year - 1), ne(plans.id, plan.id), isNull(plans.archivedAt)));
    const work = await workInPlans(
      tx,
      earlier.map((p) => p.id),
    );
    let taken = 0;
    for (const { item, assignment, result } of work) {
      if (!isUnfinished({ status: assignment.status, cancelled: assignment.cancelledAt !== null })) continue;
      if (await continued(tx, assignment.id)) continue;
      const index = (await loadIndex(tx, result.indexCode))!;
      const areas = result.areas as { code: string; name: string; maxPoints: number | null }[];
      const line = areas.find((a) => a.code === (item.criterionCode ?? item.areaCode));
      const next = await addIndexWork(tx, actor, ctx.now(), {
        resultId: result.id,
        indexCode: index.code,
        indexName: index.name,
        year: result.year,
        areaCode: item.areaCode,
        criterionCode: item.criterionCode,
        name: line?.name ?? item.areaCode,
        lost: item.lostPoints,
        maxPoints: line?.maxPoints ?? null,
        unitId: assignment.unitId,
        planId: plan.id,
        carriedFrom: assignment,
      });
      await recordAudit(tx, actor, {
        action: 'indexWorkItem.create',
        entityId: next.item.id,
        after: {
          resultId: result.id,
          areaCode: item.areaCode,
          criterionCode: item.criterionCode,
          lostPoints: item.lostPoints,
          unitId: assignment.unitId,
          planId: plan.id,
          assignmentId: next.assignment.id,
          carriedFromAssignmentId: assignment.id,
        },
      });
      taken++;
    }
    return { taken, planId: plan.id };
  });
}
