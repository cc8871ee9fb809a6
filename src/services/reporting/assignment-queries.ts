import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AssignmentSummary } from '../../contracts/reporting.js';
import type { DbOrTx } from '../../db/client.js';
import { assignmentEvidence, assignments, planActivities, plans, units } from '../../db/schema/index.js';
import { isOverdue } from '../../domain/reporting/assignment-status.js';

export const evidenceCount = sql<number>`(SELECT count(*)::int FROM ${assignmentEvidence} e WHERE e.assignment_id = ${assignments.id} AND e.archived_at IS NULL)`;

/** Assignments with their activity, plan and unit: the rows every assignment screen starts from. */
export function selectAssignments(db: DbOrTx) {
  return db
    .select({ a: assignments, activity: planActivities, planName: plans.name, unitName: units.name, evidenceCount })
    .from(assignments)
    .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
    .innerJoin(plans, eq(plans.id, assignments.planId))
    .innerJoin(units, eq(units.id, assignments.unitId));
}
export type AssignmentRow = Awaited<ReturnType<typeof selectAssignments>>[number];

export const activeAssignment = and(isNull(assignments.cancelledAt), isNull(planActivities.removedInVersion));

export function toAssignmentSummary(row: AssignmentRow, today: string): AssignmentSummary {
  const { a, activity } = row;
  return {
    id: a.id,
    planId: a.planId,
    planName: row.planName,
    unitId: a.unitId,
    unitName: row.unitName,
    role: a.role,
    area: activity.area,
    number: activity.number,
    title: activity.title,
    deliverable: activity.deliverable,
    deadlineText: activity.deadlineText,
    dueOn: a.dueOn,
    status: a.status,
    progress: a.progress,
    completedOn: a.completedOn,
    overdue: a.role === 'lead' && isOverdue({ status: a.status, dueOn: a.dueOn, cancelled: a.cancelledAt !== null }, today),
    cancelled: a.cancelledAt !== null,
    evidenceCount: Number(row.evidenceCount ?? 0),
    version: a.version,
  };
}

