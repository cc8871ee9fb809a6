import { eq } from 'drizzle-orm';
import { reportingPeriods } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { toPeriodSummary } from '../../db/queries/reporting/period-summary.js';

/** Locks a period: units can no longer change or submit its reports (the coordinator can still review). */
export async function closePeriod(ctx: ServiceContext, periodId: string, reason: string) {
  const actor = await authorize(ctx, 'period.manage', { periodId }, 'khóa kỳ báo cáo');
  return ctx.db.transaction(async (tx) => {
    // Locked: of two closings at once, the second sees the period closed.
    const [period] = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId)).for('update');
    if (!period) throw notFound('kỳ báo cáo');
    if (period.closedAt) throw new AppError('PERIOD_CLOSED', { period: period.label });
    const [closed] = await tx
      .update(reportingPeriods)
      .set({ closedAt: ctx.now() })
      .where(eq(reportingPeriods.id, periodId))
      .returning();
    await recordAudit(tx, actor, { action: 'reportingPeriod.close', entityId: periodId, reason });
    return toPeriodSummary(closed!);
  });
}
