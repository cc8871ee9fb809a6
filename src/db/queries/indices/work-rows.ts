/** Work made from lost points, with the assignment and the agency it went to. */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import {
  assignments,
  criteriaSets,
  indexResults,
  indexWorkItems,
  planActivities,
  plans,
  scoringRounds,
  units,
} from '../../schema/index.js';

export async function workOfResult(db: DbOrTx, resultId: string) {
  return db
    .select({
      id: indexWorkItems.id,
      areaCode: indexWorkItems.areaCode,
      criterionCode: indexWorkItems.criterionCode,
      assignmentId: indexWorkItems.assignmentId,
      unitId: assignments.unitId,
      unitName: units.name,
      status: assignments.status,
      cancelled: assignments.cancelledAt,
    })
    .from(indexWorkItems)
    .innerJoin(assignments, eq(assignments.id, indexWorkItems.assignmentId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(eq(indexWorkItems.resultId, resultId));
}

/**
 * Every work item whose assignment belongs to one of these plans, with what the next year needs to continue it: the
 * published result it came from, or the joint round (and its criteria set) whose appraisal deducted the criterion.
 */
export async function workInPlans(db: DbOrTx, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .select({
      item: indexWorkItems,
      assignment: assignments,
      result: indexResults,
      round: { id: scoringRounds.id, name: scoringRounds.name },
      set: criteriaSets.content,
      title: planActivities.title,
      planYear: plans.year,
    })
    .from(indexWorkItems)
    .innerJoin(assignments, eq(assignments.id, indexWorkItems.assignmentId))
    .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
    .leftJoin(indexResults, eq(indexResults.id, indexWorkItems.resultId))
    .leftJoin(scoringRounds, eq(scoringRounds.id, indexWorkItems.roundId))
    .leftJoin(criteriaSets, eq(criteriaSets.id, scoringRounds.criteriaSetId))
    .innerJoin(plans, eq(plans.id, assignments.planId))
    .where(inArray(assignments.planId, [...planIds]));
}

/** The work made from a joint round's deducted criteria (first assignments, not their continuations). */
export async function workOfRound(db: DbOrTx, roundId: string) {
  return db
    .select({
      id: indexWorkItems.id,
      criterionCode: indexWorkItems.criterionCode,
      lostPoints: indexWorkItems.lostPoints,
      assignmentId: indexWorkItems.assignmentId,
      planId: assignments.planId,
      activityId: assignments.activityId,
      unitId: assignments.unitId,
      unitName: units.name,
      dueOn: assignments.dueOn,
      status: assignments.status,
    })
    .from(indexWorkItems)
    .innerJoin(assignments, eq(assignments.id, indexWorkItems.assignmentId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(and(eq(indexWorkItems.roundId, roundId), isNull(indexWorkItems.carriedFromId)));
}
