import { and, asc, desc, isNull } from 'drizzle-orm';
import { plans } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { ofProvince, provinceOfUnit } from '../../db/queries/units/province.js';
import { activityCount, toPlanSummary } from '../../db/queries/plans/plan-summary.js';

/** Committed plans are what every unit works from: every signed-in user may read their province's. */
export async function listPlans(ctx: ServiceContext) {
  const actor = await authorize(ctx, 'plan.read');
  const province = await provinceOfUnit(ctx.db, actor.unitId);
  const rows = await ctx.db
    .select({ plan: plans, activities: activityCount })
    .from(plans)
    .where(and(isNull(plans.archivedAt), ofProvince(plans.provinceId, province)))
    .orderBy(desc(plans.year), asc(plans.name));
  return rows.map((r) => toPlanSummary(r.plan, r.activities));
}
