/** What next year's plan is made from: the source plan, its current content and its work still owed. */
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { assignments, planActivities, planIndicators, plans, planVersions } from '../../schema/index.js';
import { notFound } from '../../../domain/errors.js';
import { carryPlanContent, isUnfinished, moveDate } from '../../../domain/plan/next-year.js';
import { isIndexWorkKey } from '../../../domain/indices/work-key.js';

export async function loadCarryOver(db: DbOrTx, planId: string, lock = false) {
  const query = db.select().from(plans).where(eq(plans.id, planId));
  const [plan] = lock ? await query.for('update') : await query;
  if (!plan) throw notFound('kế hoạch');
  const [version] = await db
    .select({ content: planVersions.content })
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), eq(planVersions.version, plan.currentVersion)));
  if (!version) throw notFound('phiên bản hiện hành của kế hoạch');
  const [existing] = await db
    .select({ id: plans.id, name: plans.name, year: plans.year })
    .from(plans)
    .where(eq(plans.carriedFromPlanId, planId));
  const activities = await db
    .select()
    .from(planActivities)
    .where(and(eq(planActivities.planId, planId), isNull(planActivities.removedInVersion)));
  const work = await db.select().from(assignments).where(eq(assignments.planId, planId));
  const indicators = await db
    .select()
    .from(planIndicators)
    .where(and(eq(planIndicators.planId, planId), isNull(planIndicators.removedInVersion)));

  const fromYear = plan.year;
  const toYear = plan.year + 1;
  const owed = work.filter((a) => isUnfinished({ status: a.status, cancelled: a.cancelledAt !== null }));
  // An activity carries when a unit still owes its lead: its owed assignments (lead and cooperating) go with it.
  // Work made from lost points in a national index is taken in by its own use case (services/indices/).
  const activityIds = new Set(activities.filter((a) => !isIndexWorkKey(a.activityKey)).map((a) => a.id));
  const carriedIds = new Set(
    owed.filter((a) => a.role === 'lead' && activityIds.has(a.activityId)).map((a) => a.activityId),
  );
  const carriedActivities = activities.filter((a) => carriedIds.has(a.id));
  const carriedAssignments = owed.filter((a) => carriedIds.has(a.activityId));
  const carried = carryPlanContent(
    version.content,
    new Set(carriedActivities.map((a) => a.activityKey)),
    fromYear,
    toYear,
  );
  // An assignment's own date that cannot be moved (an earlier year's) also waits for the coordinator.
  const toSet = new Set(carried.deadlinesToSet);
  const keyOf = new Map(carriedActivities.map((a) => [a.id, a.activityKey]));
  for (const a of carriedAssignments)
    if (a.dueOn && !moveDate(a.dueOn, fromYear, toYear)) toSet.add(keyOf.get(a.activityId)!);
  return {
    plan,
    fromYear,
    toYear,
    existing: existing ?? null,
    content: carried.content,
    deadlinesToSet: [...toSet],
    carriedActivities,
    carriedAssignments,
    indicators,
  };
}
