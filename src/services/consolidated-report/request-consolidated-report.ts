import { and, eq, inArray } from 'drizzle-orm';
import { jobs } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { enqueueJob, jobView } from '../../db/queries/jobs/job-queue.js';
import { CONSOLIDATED_REPORT_JOB } from './build-consolidated-report.js';
import { loadPeriod } from '../../db/queries/consolidation/period-dataset.js';

/**
 * Asks for the period's consolidated report to be built and answers at once with the job to follow.
 * A build already waiting or running for the period is returned instead of queueing a second one.
 */
export async function requestConsolidatedReport(ctx: ServiceContext, periodId: string) {
  const actor = await authorize(ctx, 'provinceReport.write', { periodId }, 'lập báo cáo tổng hợp');
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadPeriod(tx, periodId);
    const queued = (
      await tx
        .select()
        .from(jobs)
        .where(and(eq(jobs.kind, CONSOLIDATED_REPORT_JOB), inArray(jobs.status, ['pending', 'running'])))
    ).find((j) => j.payload.periodId === periodId);
    if (queued) return jobView(queued);
    const job = await enqueueJob(
      tx,
      CONSOLIDATED_REPORT_JOB,
      { periodId, periodLabel: loaded.period.label },
      actor,
      ctx.now(),
    );
    await recordAudit(tx, actor, { action: 'reportBuild.request', entityId: null, after: { periodId, jobId: job.id } });
    return jobView(job);
  });
}
