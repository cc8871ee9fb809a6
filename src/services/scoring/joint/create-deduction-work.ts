/**
 * After the Ministry's appraisal, a criterion it deducted (self points minus appraised points above 0) becomes an
 * assignment for the criterion's responsible agency in a plan, as the national indices tracker does with an area's
 * lost points (services/indices/steps/add-index-work.ts): due 31/12 of the plan's year unless a date is chosen, and
 * taken into next year's plan while unfinished. One per criterion: a second request, even at the same moment, gets
 * the first one's assignment back.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { deductionWorkRequest } from '../../../contracts/scoring-joint.js';
import { recordAudit } from '../../../db/queries/audit/record-audit.js';
import { assignments, indexWorkItems } from '../../../db/schema/index.js';
import { AppError } from '../../../domain/errors.js';
import { authorize } from '../../access/authorize.js';
import type { ServiceContext } from '../../context.js';
import { addIndexWork } from '../../indices/steps/add-index-work.js';
import { deductionWork } from '../../indices/steps/deduction-work.js';
import { loadJointRound } from '../steps/open-joint.js';
import { getJointRound } from './get-joint-round.js';

export async function createDeductionWork(
  ctx: ServiceContext,
  roundId: string,
  code: string,
  request: z.infer<typeof deductionWorkRequest>,
) {
  const actor = await authorize(ctx, 'scoring.deductionWork', { roundId }, 'giao nhiệm vụ khắc phục điểm bị trừ');
  // The deduction and the agencies as the coordinator's page shows them (successors followed).
  const joint = await getJointRound(ctx, roundId);
  const leaf = joint.leaves.find((l) => l.code === code);
  const deducted = joint.sheet.leaves.find((l) => l.code === code)?.deducted ?? 0;
  if (!leaf) throw new AppError('UNKNOWN_CRITERION', { code, set: joint.sheet.round.criteriaSet.code });
  const agencyNames = leaf.agencyIds.map((id) => joint.agencies.find((a) => a.id === id)?.name ?? id);
  return ctx.db.transaction(async (tx) => {
    // Two requests for the same round wait for each other here; the second finds the first one's work.
    const { round, set } = await loadJointRound(tx, roundId, 'update');
    const [existing] = await tx
      .select({ item: indexWorkItems, assignment: assignments })
      .from(indexWorkItems)
      .innerJoin(assignments, eq(assignments.id, indexWorkItems.assignmentId))
      .where(
        and(
          eq(indexWorkItems.roundId, roundId),
          eq(indexWorkItems.criterionCode, code),
          isNull(indexWorkItems.carriedFromId),
        ),
      );
    if (existing)
      return {
        id: existing.item.id,
        assignmentId: existing.assignment.id,
        activityId: existing.assignment.activityId,
        planId: existing.assignment.planId,
        unitId: existing.assignment.unitId,
        dueOn: existing.assignment.dueOn,
        created: false,
      };
    if (!(deducted > 0)) throw new AppError('NO_DEDUCTION', { code });
    const unitId = request.unitId ?? (leaf.agencyIds.length === 1 ? leaf.agencyIds[0] : undefined);
    if (!unitId || !leaf.agencyIds.includes(unitId))
      throw new AppError('NOT_CRITERION_AGENCY', { code, agencies: agencyNames });
    const work = await deductionWork(tx, round, set, code, deducted);
    const { item, assignment, activity, plan } = await addIndexWork(tx, actor, ctx.now(), {
      ...work,
      unitId,
      planId: request.planId,
      dueOn: request.dueOn ?? null,
    });
    await recordAudit(tx, actor, {
      action: 'indexWorkItem.create',
      entityId: item.id,
      after: {
        resultId: null,
        roundId,
        areaCode: item.areaCode,
        criterionCode: item.criterionCode,
        lostPoints: item.lostPoints,
        unitId,
        planId: plan.id,
        assignmentId: assignment.id,
        carriedFromAssignmentId: null,
      },
    });
    return {
      id: item.id,
      assignmentId: assignment.id,
      activityId: activity.id,
      planId: plan.id,
      unitId,
      dueOn: assignment.dueOn,
      created: true,
    };
  });
}
