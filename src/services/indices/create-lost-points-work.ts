import type { z } from 'zod';
import type { lostPointsWorkRequest } from '../../contracts/indices.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { AppError } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { addIndexWork } from './steps/add-index-work.js';
import { lostPointsOf } from './steps/lost-points-of.js';

/**
 * Turns the points a published result lost in an area (or one of its criteria) into an assignment for the
 * responsible agency in a plan (this year's, usually): the agency sees it among its tasks with the index, year,
 * area or criterion and points lost in its title.
 */
export async function createLostPointsWork(
  ctx: ServiceContext,
  resultId: string,
  request: z.infer<typeof lostPointsWorkRequest>,
) {
  const actor = await authorize(ctx, 'indices.manage', {
    indexResultId: resultId,
    unitId: request.unitId,
    planId: request.planId,
  });
  return ctx.db.transaction(async (tx) => {
    const { row, index, lost } = await lostPointsOf(tx, resultId, true);
    const code = request.criterionCode ?? request.areaCode;
    const line = lost.lines.find(
      (l) => l.code === code && (request.criterionCode ? l.parent === request.areaCode : !l.parent),
    );
    if (!line || line.lost === null || line.lost <= 0) throw new AppError('NO_POINTS_LOST', { area: code });
    const { item, assignment, activity, plan } = await addIndexWork(tx, actor, ctx.now(), {
      origin: { resultId: row.id },
      indexCode: index.code,
      indexName: index.name,
      year: row.year,
      areaCode: request.areaCode,
      criterionCode: request.criterionCode,
      name: line.name,
      lost: line.lost,
      maxPoints: line.maxPoints,
      unitId: request.unitId,
      planId: request.planId,
      title: request.title,
      dueOn: request.dueOn,
    });
    await recordAudit(tx, actor, {
      action: 'indexWorkItem.create',
      entityId: item.id,
      after: {
        resultId: row.id,
        roundId: null,
        areaCode: item.areaCode,
        criterionCode: item.criterionCode,
        lostPoints: item.lostPoints,
        unitId: assignment.unitId,
        planId: plan.id,
        assignmentId: assignment.id,
        carriedFromAssignmentId: null,
      },
    });
    return { id: item.id, assignmentId: assignment.id, activityId: activity.id, planId: plan.id };
  });
}
