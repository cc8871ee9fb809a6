import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assignments, indicatorValues, unitReports, unitReportVersions } from '../../db/schema/index.js';
import { notFound, staleVersion } from '../../domain/errors.js';
import { withRecordedResults, type ReportContent } from '../../domain/reporting/report-form.js';
import { applyReportAction, REPORT_STATE_LABELS, type ReportAction } from '../../domain/reporting/report-workflow.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { Actor, ServiceContext } from '../context.js';
import { activeUsers, notifyUsers } from '../../db/queries/notifications/notify.js';
import { getUnitReport } from './get-unit-report.js';
import { loadReportContext, recordedStatuses } from '../../db/queries/reporting/report-context.js';
import { reportRoleOf } from '../../domain/reporting/report-role.js';
import { reportRefused } from '../../domain/reporting/report-refused.js';
import { progressOf } from './update-assignment.js';

/**
 * Submit (the unit), return with comments, accept, or reopen with a reason (the coordinator). Each action
 * keeps a version of the report as it stood, and a submission writes the unit's statuses and figures
 * through to its assignments and the plan's indicators.
 */
export async function actOnUnitReport(
  ctx: ServiceContext,
  periodId: string,
  unitId: string,
  version: number,
  action: Exclude<ReportAction, { type: 'edit' }>,
) {
  // The unit's reporters send; the coordinators return, accept and reopen.
  const actor = await authorize(
    ctx,
    action.type === 'submit' ? 'unitWork.record' : 'unitReport.review',
    { unitId },
    'gửi hoặc xem xét báo cáo',
  );
  await ctx.db.transaction(async (tx) => {
    // Period locked: a submission cannot slip in after the coordinator closed the period.
    const context = await loadReportContext(tx, periodId, unitId, true);
    const { period, report } = context;
    if (!report) throw notFound('báo cáo đã lưu của đơn vị cho kỳ này (hãy lưu báo cáo trước khi gửi)');
    const outcome = applyReportAction(report, action, reportRoleOf(actor, unitId), {
      periodClosed: period.closedAt !== null,
      periodLabel: period.label,
    });
    if (!outcome.ok) throw reportRefused(outcome.refusal);
    if (report.version !== version) throw staleVersion('Báo cáo');
    const now = ctx.now();
    const { state, transition } = outcome;
    // What is sent is what the form showed: results written on the task since the last save included.
    const content =
      action.type === 'submit' ? withRecordedResults(report.content, recordedStatuses(context)) : report.content;
    const [updated] = await tx
      .update(unitReports)
      .set({
        status: state.status,
        submissionCount: state.submissionCount,
        reopenCount: state.reopenCount,
        version: report.version + 1,
        ...(content !== report.content ? { content } : {}),
        updatedBy: actor.userId,
        updatedAt: now,
        ...(action.type === 'submit' ? { firstSubmittedAt: report.firstSubmittedAt ?? now, lastSubmittedAt: now } : {}),
        ...(action.type === 'accept' ? { acceptedAt: now } : {}),
      })
      .where(and(eq(unitReports.id, report.id), eq(unitReports.version, version)))
      .returning({ id: unitReports.id });
    if (!updated) throw staleVersion('Báo cáo');
    const versions = await tx
      .select({ number: unitReportVersions.number })
      .from(unitReportVersions)
      .where(eq(unitReportVersions.reportId, report.id));
    await tx.insert(unitReportVersions).values({
      reportId: report.id,
      number: versions.length + 1,
      action: action.type,
      fromStatus: transition.from,
      toStatus: transition.to,
      content,
      overallComment: transition.overallComment,
      itemComments: transition.itemComments,
      reason: transition.reason,
      actorId: actor.userId,
      at: now,
    });
    if (action.type === 'submit')
      await writeThrough(tx, actor, content, { periodId, periodLabel: period.label, unitId }, now);
    await recordAudit(tx, actor, {
      action: `unitReport.${action.type}`,
      entityId: report.id,
      before: { status: transition.from },
      after: { status: transition.to, submission: transition.submissionNumber },
      reason: transition.reason ?? transition.overallComment,
    });

    const link = `/bao-cao/${periodId}/${unitId}`;
    const what = `Báo cáo ${period.label} của ${context.unit.name}: ${REPORT_STATE_LABELS[transition.to]}`;
    const key = `report:${report.id}:${versions.length + 1}`;
    if (action.type === 'submit')
      await notifyUsers(tx, await activeUsers(tx, { roles: ['coordinator'] }), {
        kind: 'report_submitted',
        title: what,
        body: 'Báo cáo chờ xem xét.',
        link,
        key,
      });
    else
      await notifyUsers(tx, await activeUsers(tx, { unitId, roles: ['reporter'] }), {
        kind: `report_${action.type}`,
        title: what,
        body: transition.overallComment ?? transition.reason ?? '',
        link,
        key,
      });
  });
  return getUnitReport(ctx, periodId, unitId);
}

/**
 * A submission is the unit's word on where its assignments stand and what its figures are. The report's
 * result text becomes the task's (an empty one keeps the task's); a task text it replaces is kept in
 * the audit log, so an edit made in the report never silently loses what was written on the task.
 */
async function writeThrough(
  tx: Tx,
  actor: Actor,
  content: ReportContent,
  { periodId, periodLabel, unitId }: { periodId: string; periodLabel: string; unitId: string },
  now: Date,
) {
  for (const item of content.items) {
    const [current] = await tx
      .select()
      .from(assignments)
      .where(and(eq(assignments.id, item.assignmentId), eq(assignments.unitId, unitId)));
    if (!current) continue;
    const next = {
      status: item.status,
      progress: item.progress,
      completedOn: item.completedOn,
      reason: item.reason,
      resultText: item.result.trim() ? item.result : current.resultText,
    };
    if ((Object.keys(next) as (keyof typeof next)[]).every((k) => current[k] === next[k])) continue;
    const [updated] = await tx
      .update(assignments)
      .set({ ...next, version: current.version + 1, updatedAt: now })
      .where(eq(assignments.id, current.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'assignment.updateProgress',
      entityId: current.id,
      before: progressOf(current),
      after: progressOf(updated!),
      reason: `Theo báo cáo ${periodLabel} đã gửi`,
    });
  }
  for (const value of content.indicators) {
    if (value.value === null) continue;
    const row = {
      indicatorId: value.indicatorId,
      periodId,
      unitId,
      value: value.value,
      numerator: value.numerator ?? null,
      denominator: value.denominator ?? null,
      evidenceFileId: value.evidenceFileId ?? null,
      note: value.note,
      source: 'report' as const,
      enteredBy: actor.userId,
      enteredAt: now,
    };
    await tx
      .insert(indicatorValues)
      .values(row)
      .onConflictDoUpdate({
        target: [indicatorValues.indicatorId, indicatorValues.periodId, indicatorValues.unitId],
        set: row,
      });
  }
}
