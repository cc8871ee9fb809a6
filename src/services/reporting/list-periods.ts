import { asc, eq } from 'drizzle-orm';
import { reportingPeriods } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { toPeriodSummary } from '../../db/queries/reporting/period-summary.js';

export async function listPeriods(ctx: ServiceContext, planId: string) {
  await authorize(ctx, 'plan.read');
  const rows = await ctx.db
    .select()
    .from(reportingPeriods)
    .where(eq(reportingPeriods.planId, planId))
    .orderBy(asc(reportingPeriods.dueOn));
  return rows.map(toPeriodSummary);
}
