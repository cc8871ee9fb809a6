import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { assignments, planActivities, planIndicators, reportingPeriods, unitReports, units, unitReportVersions, users } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { indicatorsForUnit } from '../../domain/reporting/indicator-responsibility.js';
import { emptySections, type ReportContent } from '../../domain/reporting/report-form.js';
import type { ReportActorRole } from '../../domain/reporting/report-workflow.js';
import type { Actor } from '../context.js';

/**
 * Everything a unit's report for a period is built from: the period, the unit, what it owes, and the saved report if any.
 * `lockPeriod` (in a transaction): the period cannot be closed until the caller commits, and a caller that
 * waited for a closing sees the period closed.
 */
export async function loadReportContext(db: DbOrTx, periodId: string, unitId: string, lockPeriod = false) {
  const periodQuery = db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  const [period] = lockPeriod ? await periodQuery.for('share') : await periodQuery;
  if (!period) throw notFound('kỳ báo cáo');
  const [unit] = await db.select({ id: units.id, name: units.name, kind: units.kind }).from(units).where(eq(units.id, unitId));
  if (!unit) throw notFound('đơn vị');
  const owed = await db
    .select({
      id: assignments.id,
      activityId: assignments.activityId,
      area: planActivities.area,
      number: planActivities.number,
      title: planActivities.title,
      dueOn: assignments.dueOn,
      deadlineText: planActivities.deadlineText,
      status: assignments.status,
      progress: assignments.progress,
      completedOn: assignments.completedOn,
      reason: assignments.reason,
    })
    .from(assignments)
    .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
    .where(and(eq(assignments.planId, period.planId), eq(assignments.unitId, unitId), eq(assignments.role, 'lead'), isNull(assignments.cancelledAt), isNull(planActivities.removedInVersion)))
    .orderBy(asc(planActivities.area), asc(planActivities.number), asc(planActivities.activityKey));
  const allIndicators = await db.select().from(planIndicators).where(and(eq(planIndicators.planId, period.planId), isNull(planIndicators.removedInVersion)));
  const indicatorIds = indicatorsForUnit(allIndicators, unit.kind, new Set(owed.map((a) => a.activityId)));
  const indicators = allIndicators.filter((i) => indicatorIds.includes(i.id));
  const [report] = await db.select().from(unitReports).where(and(eq(unitReports.periodId, periodId), eq(unitReports.unitId, unitId)));
  return { period, unit, owed, indicators, report: report ?? null };
}
export type ReportContext = Awaited<ReturnType<typeof loadReportContext>>;

/**
 * Where each assignment stands now, as a report's items: a new form starts from what the unit last
 * recorded (in its workspace or its previous report), not from nothing.
 */
export function recordedStatuses(context: ReportContext): ReportContent {
  return {
    items: context.owed.map((a) => ({ assignmentId: a.id, status: a.status, progress: a.progress, completedOn: a.completedOn, reason: a.reason, result: '', evidenceFileIds: [] })),
    indicators: [],
    sections: emptySections(),
  };
}

export async function reportVersions(db: DbOrTx, reportId: string) {
  const rows = await db
    .select({ v: unitReportVersions, actorName: users.displayName })
    .from(unitReportVersions)
    .leftJoin(users, eq(users.id, unitReportVersions.actorId))
    .where(eq(unitReportVersions.reportId, reportId))
    .orderBy(asc(unitReportVersions.number));
  return rows.map(({ v, actorName }) => ({
    number: v.number,
    action: v.action,
    fromStatus: v.fromStatus,
    toStatus: v.toStatus,
    overallComment: v.overallComment,
    itemComments: v.itemComments,
    reason: v.reason,
    actorName,
    at: v.at.toISOString(),
    content: v.content,
  }));
}

/** How the review workflow sees an actor for this unit's report. */
export function reportRoleOf(actor: Actor, unitId: string): ReportActorRole {
  if (actor.role === 'reporter' && actor.unitId === unitId) return 'reporter';
  if (actor.role === 'coordinator' || actor.role === 'admin') return 'coordinator';
  return 'viewer';
}

