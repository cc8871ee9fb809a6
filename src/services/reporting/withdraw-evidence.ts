import { and, eq, isNull, sql } from 'drizzle-orm';
import { assignmentEvidence, reportingPeriods, storedFiles, unitReports } from '../../db/schema/index.js';
import { reasonBody } from '../../contracts/common.js';
import { AppError, notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { getAssignment } from './get-assignment.js';
import { loadAssignment } from './steps/load-assignment.js';

/**
 * Withdraws a wrongly uploaded evidence file, with a reason: the row is archived (who, when, why), no longer
 * listed or counted; the row, the stored file and the audit entry stay. The unit's reporters and the
 * coordinators may do it, until a report that cites the file has been accepted.
 */
export async function withdrawEvidence(ctx: ServiceContext, evidenceId: string, rawReason: string) {
  const actor = await authorize(ctx, 'evidence.withdraw', { evidenceId });
  // The rule is the request body's, kept here too: the CLI and other use cases call this without that schema.
  const checked = reasonBody.shape.reason.safeParse(rawReason);
  if (!checked.success) {
    const message = checked.error.issues[0]!.message;
    throw new AppError(
      'VALIDATION_FAILED',
      { sentence: `Lý do: ${message}` },
      { issues: [{ path: 'reason', label: 'Lý do', message }] },
    );
  }
  const reason = checked.data;
  const [evidence] = await ctx.db
    .select({
      assignmentId: assignmentEvidence.assignmentId,
      fileId: assignmentEvidence.fileId,
      fileName: storedFiles.fileName,
    })
    .from(assignmentEvidence)
    .innerJoin(storedFiles, eq(storedFiles.id, assignmentEvidence.fileId))
    .where(eq(assignmentEvidence.id, evidenceId));
  if (!evidence) throw notFound('tệp minh chứng');
  const row = await loadAssignment(ctx, evidence.assignmentId);

  await ctx.db.transaction(async (tx) => {
    // Reports citing the file, locked so that an acceptance cannot slip in between the check and the write.
    const cited = sql`${unitReports.content}->'items' @> ${JSON.stringify([{ assignmentId: evidence.assignmentId, evidenceFileIds: [evidence.fileId] }])}::jsonb`;
    const reports = await tx
      .select({ status: unitReports.status, periodLabel: reportingPeriods.label })
      .from(unitReports)
      .innerJoin(reportingPeriods, eq(reportingPeriods.id, unitReports.periodId))
      .where(and(eq(unitReports.unitId, row.a.unitId), cited))
      .for('update', { of: unitReports });
    const accepted = reports.find((r) => r.status === 'accepted');
    if (accepted) {
      throw new AppError('EVIDENCE_IN_ACCEPTED_REPORT', { fileName: evidence.fileName, period: accepted.periodLabel });
    }
    const [withdrawn] = await tx
      .update(assignmentEvidence)
      .set({ archivedAt: ctx.now(), archivedBy: actor.userId, archiveReason: reason })
      .where(and(eq(assignmentEvidence.id, evidenceId), isNull(assignmentEvidence.archivedAt)))
      .returning({ id: assignmentEvidence.id });
    if (!withdrawn) throw new AppError('EVIDENCE_WITHDRAWN', { fileName: evidence.fileName });
    await recordAudit(tx, actor, {
      action: 'assignment.withdrawEvidence',
      entityId: evidence.assignmentId,
      before: { evidenceId, fileId: evidence.fileId, fileName: evidence.fileName },
      reason,
    });
  });
  return getAssignment(ctx, evidence.assignmentId);
}
