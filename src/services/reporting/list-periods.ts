import { asc, eq } from 'drizzle-orm';
import { reportingPeriods, units } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { toPeriodSummary } from '../../db/queries/reporting/period-summary.js';

/** A plan's periods by due date; a unit's reporter sees each with the unit's own due date. */
export async function listPeriods(ctx: ServiceContext, planId: string) {
  const actor = await authorize(ctx, 'plan.read', { planId });
  const [unit] =
    actor.role === 'reporter' && actor.unitId
      ? await ctx.db.select({ kind: units.kind }).from(units).where(eq(units.id, actor.unitId))
      : [];
  const rows = await ctx.db
    .select()
    .from(reportingPeriods)
    .where(eq(reportingPeriods.planId, planId))
    .orderBy(asc(reportingPeriods.dueOn));
  return rows.map((p) => toPeriodSummary(p, unit?.kind));
}
