import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import {
  assignmentEvidence,
  assignments,
  planActivities,
  planIndicators,
  reportingPeriods,
  unitReports,
  units,
  unitReportVersions,
  users,
} from '../../schema/index.js';
import { notFound } from '../../../domain/errors.js';
import { indicatorsForUnit } from '../../../domain/reporting/indicator-responsibility.js';
import { emptySections, type ReportContent } from '../../../domain/reporting/report-form.js';
import { byCodes } from '../../../domain/text/code-order.js';

/**
 * Everything a unit's report for a period is built from: the period, the unit, what it owes, and the saved report if any.
 * `lockPeriod` (in a transaction): the period cannot be closed until the caller commits, and a caller that
 * waited for a closing sees the period closed.
 */
export async function loadReportContext(db: DbOrTx, periodId: string, unitId: string, lockPeriod = false) {
  const periodQuery = db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  const [period] = lockPeriod ? await periodQuery.for('share') : await periodQuery;
  if (!period) throw notFound('kỳ báo cáo');
  const [unit] = await db
    .select({ id: units.id, name: units.name, kind: units.kind })
    .from(units)
    .where(eq(units.id, unitId));
  if (!unit) throw notFound('đơn vị');
  const owedRows = await db
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
      resultText: assignments.resultText,
    })
    .from(assignments)
    .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
    .where(
      and(
        eq(assignments.planId, period.planId),
        eq(assignments.unitId, unitId),
        eq(assignments.role, 'lead'),
        isNull(assignments.cancelledAt),
        isNull(planActivities.removedInVersion),
      ),
    )
    .orderBy(asc(planActivities.activityKey));
  // In numbering order (III.3 before III.10), which the database's text order is not.
  const owed = owedRows.sort(byCodes((a) => [a.area, a.number]));
  const evidence = owed.length
    ? await db
        .select({ assignmentId: assignmentEvidence.assignmentId, fileId: assignmentEvidence.fileId })
        .from(assignmentEvidence)
        .where(
          and(
            inArray(
              assignmentEvidence.assignmentId,
              owed.map((a) => a.id),
            ),
            isNull(assignmentEvidence.archivedAt),
          ),
        )
        .orderBy(asc(assignmentEvidence.createdAt))
    : [];
  const evidenceFileIds = new Map<string, string[]>();
  for (const e of evidence)
    evidenceFileIds.set(e.assignmentId, [...(evidenceFileIds.get(e.assignmentId) ?? []), e.fileId]);
  const allIndicators = await db
    .select()
    .from(planIndicators)
    .where(and(eq(planIndicators.planId, period.planId), isNull(planIndicators.removedInVersion)));
  const indicatorIds = indicatorsForUnit(allIndicators, unit.kind, new Set(owed.map((a) => a.activityId)));
  const indicators = allIndicators
    .filter((i) => indicatorIds.includes(i.id))
    .sort(byCodes((i) => [i.area, i.indicatorKey]));
  const [report] = await db
    .select()
    .from(unitReports)
    .where(and(eq(unitReports.periodId, periodId), eq(unitReports.unitId, unitId)));
  return { period, unit, owed, evidenceFileIds, indicators, report: report ?? null };
}
export type ReportContext = Awaited<ReturnType<typeof loadReportContext>>;

/**
 * Where each assignment stands now, as a report's items: a new form starts from what the unit last
 * recorded (on the task's page or in its previous report: status, progress, result text, evidence), not
 * from nothing, so nobody types the same result twice.
 */
export function recordedStatuses(context: ReportContext): ReportContent {
  return {
    items: context.owed.map((a) => ({
      assignmentId: a.id,
      status: a.status,
      progress: a.progress,
      completedOn: a.completedOn,
      reason: a.reason,
      result: a.resultText ?? '',
      evidenceFileIds: context.evidenceFileIds.get(a.id) ?? [],
    })),
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
