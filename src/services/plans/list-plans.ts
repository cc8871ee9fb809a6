import { asc, desc, isNull } from 'drizzle-orm';
import { plans } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { activityCount, toPlanSummary } from '../../db/queries/plans/plan-summary.js';

/** Committed plans are what every unit works from: every signed-in user may read them. */
export async function listPlans(ctx: ServiceContext) {
  await authorize(ctx, 'plan.read');
  const rows = await ctx.db
    .select({ plan: plans, activities: activityCount })
    .from(plans)
    .where(isNull(plans.archivedAt))
    .orderBy(desc(plans.year), asc(plans.name));
  return rows.map((r) => toPlanSummary(r.plan, r.activities));
}
