import { eq } from 'drizzle-orm';
import { programmes } from '../../db/schema/index.js';
import { loadCarryOver } from '../../db/queries/plans/carry-over-source.js';
import { nextYearName } from '../../domain/plan/next-year.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** What "make next year's plan from this one" would do, for the confirmation before it is done. */
export async function previewNextYearPlan(ctx: ServiceContext, planId: string) {
  await authorize(ctx, 'plan.carryOver', { planId }, 'lập kế hoạch năm sau');
  const source = await loadCarryOver(ctx.db, planId);
  const programme = await programmeFor(ctx, source.plan.programmeId, source.toYear);
  return {
    fromPlan: { id: source.plan.id, name: source.plan.name, year: source.fromYear },
    name: nextYearName(source.plan.name, source.fromYear, source.toYear),
    year: source.toYear,
    activities: source.carriedActivities.length,
    assignments: source.carriedAssignments.length,
    indicators: source.indicators.length,
    deadlinesToSet: source.deadlinesToSet.length,
    programme,
    existing: source.existing,
  };
}

/** The source's programme, when its years include the new plan's year. */
export async function programmeFor(ctx: Pick<ServiceContext, 'db'>, programmeId: string | null, year: number) {
  if (!programmeId) return null;
  const [row] = await ctx.db.select().from(programmes).where(eq(programmes.id, programmeId));
  return row && row.startYear <= year && year <= row.endYear ? { id: row.id, name: row.name } : null;
}
