import { and, eq, isNull, ne } from 'drizzle-orm';
import { plans } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { loadIndex } from '../../db/queries/indices/index-rows.js';
import { workInPlans } from '../../db/queries/indices/work-rows.js';
import { notFound } from '../../domain/errors.js';
import { isUnfinished } from '../../domain/plan/next-year.js';
import { sameProvince } from '../../db/queries/units/province.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { addIndexWork, continued, type IndexWork } from './steps/add-index-work.js';
import { deductionWork } from './steps/deduction-work.js';
import type { Tx } from '../../db/client.js';
import type { indexResults, indexWorkItems } from '../../db/schema/index.js';
import type { Actor } from '../context.js';

/**
 * Next year's plan takes in the lost-points work of the year before that is not finished: each continues as a new
 * assignment of the same agency (carried_from_id pointing back, status and progress going on), as next year's plan
 * does with its own unfinished lines. Work already continued is not taken twice.
 */
export async function takeIndexWorkIntoPlan(ctx: ServiceContext, planId: string) {
  const actor = await authorize(ctx, 'indices.manage', { planId });
  return ctx.db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for('update');
    if (!plan || plan.archivedAt) throw notFound('kế hoạch');
    const earlier = await tx
      .select({ id: plans.id })
      .from(plans)
      .where(
        and(
          eq(plans.year, plan.year - 1),
          ne(plans.id, plan.id),
          isNull(plans.archivedAt),
          // The same province's plans: another province's work is not this plan's to continue.
          sameProvince(plans.provinceId, plan.provinceId),
        ),
      );
    const work = await workInPlans(
      tx,
      earlier.map((p) => p.id),
    );
    let taken = 0;
    for (const { item, assignment, result, round, set, title } of work) {
      if (!isUnfinished({ status: assignment.status, cancelled: assignment.cancelledAt !== null })) continue;
      if (await continued(tx, assignment.id)) continue;
      const carried = {
        unitId: assignment.unitId,
        planId: plan.id,
        carriedFrom: assignment,
        carriedFromItemId: item.id,
      };
      const next = result
        ? await continueResultWork(tx, actor, ctx.now(), result, item, carried)
        : await addIndexWork(tx, actor, ctx.now(), {
            // A criterion the Ministry's appraisal deducted in the province's joint round: the same words go on.
            ...(await deductionWork(tx, round!, set!, item.criterionCode!, item.lostPoints)),
            title,
            ...carried,
          });
      await recordAudit(tx, actor, {
        action: 'indexWorkItem.create',
        entityId: next.item.id,
        after: {
          resultId: result?.id ?? null,
          roundId: round?.id ?? null,
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

type Carried = Pick<IndexWork, 'unitId' | 'planId' | 'carriedFrom' | 'carriedFromItemId'>;

/** A published result's lost points, continued: the area or criterion named as the tracker names it. */
async function continueResultWork(
  tx: Tx,
  actor: Actor,
  now: Date,
  result: typeof indexResults.$inferSelect,
  item: typeof indexWorkItems.$inferSelect,
  carried: Carried,
) {
  const index = (await loadIndex(tx, result.indexCode))!;
  const areas = result.areas as { code: string; name: string; maxPoints: number | null }[];
  const line = areas.find((a) => a.code === (item.criterionCode ?? item.areaCode));
  return addIndexWork(tx, actor, now, {
    origin: { resultId: result.id },
    indexCode: index.code,
    indexName: index.name,
    year: result.year,
    areaCode: item.areaCode,
    criterionCode: item.criterionCode,
    name: line?.name ?? item.areaCode,
    lost: item.lostPoints,
    maxPoints: line?.maxPoints ?? null,
    ...carried,
  });
}
