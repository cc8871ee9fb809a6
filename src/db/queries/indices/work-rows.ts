/** Work made from lost points, with the assignment and the agency it went to. */
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { assignments, indexResults, indexWorkItems, plans, units } from '../../schema/index.js';

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

/** Every work item whose assignment belongs to one of these plans, with what the next year needs to continue it. */
export async function workInPlans(db: DbOrTx, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .select({ item: indexWorkItems, assignment: assignments, result: indexResults, planYear: plans.year })
    .from(indexWorkItems)
    .innerJoin(assignments, eq(assignments.id, indexWorkItems.assignmentId))
    .innerJoin(indexResults, eq(indexResults.id, indexWorkItems.resultId))
    .innerJoin(plans, eq(plans.id, assignments.planId))
    .where(inArray(assignments.planId, [...planIds]));
}
