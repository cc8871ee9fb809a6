import { and, eq, isNull, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { AssignmentSummary } from '../../../contracts/reporting.js';
import type { DbOrTx } from '../../client.js';
import { outerColumn } from '../../rows.js';
import { assignmentEvidence, assignments, planActivities, plans, units } from '../../schema/index.js';
import { isOverdue } from '../../../domain/reporting/assignment-status.js';

export const evidenceCount = sql<number>`(SELECT count(*)::int FROM ${assignmentEvidence} e WHERE e.assignment_id = ${outerColumn(assignments.id)} AND e.archived_at IS NULL)`;

const summaryColumns = {
  a: {
    id: assignments.id,
    planId: assignments.planId,
    activityId: assignments.activityId,
    unitId: assignments.unitId,
    role: assignments.role,
    dueOn: assignments.dueOn,
    status: assignments.status,
    progress: assignments.progress,
    completedOn: assignments.completedOn,
    cancelledAt: assignments.cancelledAt,
    version: assignments.version,
  },
  activity: {
    area: planActivities.area,
    number: planActivities.number,
    title: planActivities.title,
    deliverable: planActivities.deliverable,
    deadlineText: planActivities.deadlineText,
  },
  planName: plans.name,
  unitName: units.name,
  evidenceCount,
};
const detailColumns = {
  ...summaryColumns,
  a: {
    ...summaryColumns.a,
    writtenAs: assignments.writtenAs,
    note: assignments.note,
    reason: assignments.reason,
    resultText: assignments.resultText,
    cancelReason: assignments.cancelReason,
    carriedFromId: assignments.carriedFromId,
  },
  activity: {
    ...summaryColumns.activity,
    objective: planActivities.objective,
    task: planActivities.task,
    leadText: planActivities.leadText,
    cooperatingText: planActivities.cooperatingText,
  },
};

/** The joins every assignment query makes; inner joins, so the selection's types stand. */
const withActivityPlanUnit = <Q extends PgSelect>(query: Q) =>
  query
    .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
    .innerJoin(plans, eq(plans.id, assignments.planId))
    .innerJoin(units, eq(units.id, assignments.unitId));

/** Assignments with their activity, plan and unit, as lists show them (the workspace is the busiest query of all). */
export const selectAssignments = (db: DbOrTx) =>
  withActivityPlanUnit(db.select(summaryColumns).from(assignments).$dynamic());
/** One assignment with everything its page shows. */
export const selectAssignmentDetails = (db: DbOrTx) =>
  withActivityPlanUnit(db.select(detailColumns).from(assignments).$dynamic());
export type AssignmentSummaryRow = Awaited<ReturnType<typeof selectAssignments>>[number];
export type AssignmentRow = Awaited<ReturnType<typeof selectAssignmentDetails>>[number];

export const activeAssignment = and(isNull(assignments.cancelledAt), isNull(planActivities.removedInVersion));

export function toAssignmentSummary(
  row: AssignmentSummaryRow,
  today: string,
  milestones: AssignmentSummary['milestones'] = [],
): AssignmentSummary {
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
    milestones,
    status: a.status,
    progress: a.progress,
    completedOn: a.completedOn,
    overdue:
      a.role === 'lead' && isOverdue({ status: a.status, dueOn: a.dueOn, cancelled: a.cancelledAt !== null }, today),
    cancelled: a.cancelledAt !== null,
    evidenceCount: Number(row.evidenceCount ?? 0),
    version: a.version,
  };
}
