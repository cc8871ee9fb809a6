import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { adHocPeriodRequest } from '../../contracts/reporting.js';
import { plans, reportingPeriods } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { buildAdHocPeriod } from '../../domain/reporting/periods.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { unwrap } from '../unwrap.js';
import { toPeriodSummary } from '../../db/queries/reporting/period-summary.js';

/** An extra request for reports outside the regular schedule ("báo cáo đột xuất"). */
export async function addAdHocPeriod(ctx: ServiceContext, planId: string, input: z.infer<typeof adHocPeriodRequest>) {
  const actor = await authorize(ctx, 'period.manage', { planId }, 'yêu cầu báo cáo đột xuất');
  return ctx.db.transaction(async (tx) => {
    // The plan is locked so that two requests at once do not both take the next free code.
    const [plan] = await tx.select({ id: plans.id }).from(plans).where(eq(plans.id, planId)).for('update');
    if (!plan) throw notFound('kế hoạch');
    const existing = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.planId, planId));
    const period = unwrap(buildAdHocPeriod(input, existing), 'INVALID_PERIOD');
    const [row] = await tx
      .insert(reportingPeriods)
      .values({ planId, ...period })
      .returning();
    await recordAudit(tx, actor, { action: 'plan.addPeriod', entityId: planId, after: row! });
    return toPeriodSummary(row!);
  });
}
