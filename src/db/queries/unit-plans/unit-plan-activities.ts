/** The activities read from a unit's plan file, and the province plan's activities they may be linked to. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { assignments, planActivities, unitPlanActivities } from '../../schema/index.js';

/** The latest reading of a unit's plan (rows not superseded), by their order in the file. */
export async function currentUnitPlanActivities(db: DbOrTx, unitPlanId: string) {
  return db
    .select({
      row: unitPlanActivities,
      planActivity: { id: planActivities.id, key: planActivities.activityKey, title: planActivities.title },
    })
    .from(unitPlanActivities)
    .leftJoin(planActivities, eq(planActivities.id, unitPlanActivities.planActivityId))
    .where(and(eq(unitPlanActivities.unitPlanId, unitPlanId), isNull(unitPlanActivities.supersededAt)))
    .orderBy(asc(unitPlanActivities.ordinal));
}

/**
 * The province plan's live activities, each with its wording, whether it is assigned to the unit (as lead or
 * cooperating, not cancelled) and whether the unit leads it.
 */
export async function provinceActivitiesFor(db: DbOrTx, planId: string, unitId: string) {
  const [rows, mine] = await Promise.all([
    db
      .select({
        id: planActivities.id,
        key: planActivities.activityKey,
        title: planActivities.title,
        task: planActivities.task,
        deliverable: planActivities.deliverable,
      })
      .from(planActivities)
      .where(and(eq(planActivities.planId, planId), isNull(planActivities.removedInVersion))),
    db
      .select({ activityId: assignments.activityId, role: assignments.role })
      .from(assignments)
      .where(and(eq(assignments.planId, planId), eq(assignments.unitId, unitId), isNull(assignments.cancelledAt))),
  ]);
  const assigned = new Set(mine.map((m) => m.activityId));
  const led = new Set(mine.filter((m) => m.role === 'lead').map((m) => m.activityId));
  return rows.map((r) => ({ ...r, assigned: assigned.has(r.id), lead: led.has(r.id) }));
}
