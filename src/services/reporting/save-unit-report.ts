import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { saveReportRequest } from '../../contracts/reporting.js';
import { unitReports } from '../../db/schema/index.js';
import { staleVersion } from '../../domain/errors.js';
import { applyReportAction, INITIAL_REPORT_STATE } from '../../domain/reporting/report-workflow.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { checkReportContent } from '../../db/queries/reporting/check-report-content.js';
import { getUnitReport } from './get-unit-report.js';
import { loadReportContext } from '../../db/queries/reporting/report-context.js';
import { reportRefused } from '../../domain/reporting/report-refused.js';

/** Saves the unit's draft (or returned) report; the version stops two people overwriting each other. */
export async function saveUnitReport(
  ctx: ServiceContext,
  periodId: string,
  unitId: string,
  input: z.infer<typeof saveReportRequest>,
) {
  const actor = await authorize(ctx, 'unitWork.record', { unitId });
  await ctx.db.transaction(async (tx) => {
    const context = await loadReportContext(tx, periodId, unitId);
    const { period, report } = context;
    const state = report ?? INITIAL_REPORT_STATE;
    const outcome = applyReportAction(
      { status: state.status, submissionCount: state.submissionCount, reopenCount: state.reopenCount },
      { type: 'edit' },
      'reporter',
      {
        periodClosed: period.closedAt !== null,
        periodLabel: period.label,
      },
    );
    if (!outcome.ok) throw reportRefused(outcome.refusal);
    if ((report?.version ?? 0) !== input.version) throw staleVersion('Báo cáo');
    const content = await checkReportContent(tx, context, input.content, localDateOf(ctx.now()));
    if (!report) {
      const [created] = await tx
        .insert(unitReports)
        .values({ periodId, unitId, content, updatedBy: actor.userId, updatedAt: ctx.now() })
        .onConflictDoNothing()
        .returning();
      if (!created) throw staleVersion('Báo cáo');
      await recordAudit(tx, actor, { action: 'unitReport.create', entityId: created.id, after: { periodId, unitId } });
      return;
    }
    const [saved] = await tx
      .update(unitReports)
      .set({ content, version: report.version + 1, updatedBy: actor.userId, updatedAt: ctx.now() })
      .where(and(eq(unitReports.id, report.id), eq(unitReports.version, input.version)))
      .returning({ id: unitReports.id });
    if (!saved) throw staleVersion('Báo cáo');
    await recordAudit(tx, actor, {
      action: 'unitReport.save',
      entityId: report.id,
      before: report.content,
      after: content,
    });
  });
  return getUnitReport(ctx, periodId, unitId);
}
