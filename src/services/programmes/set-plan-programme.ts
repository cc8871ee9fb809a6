import { eq } from 'drizzle-orm';
import { plans, programmes } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { activityCount, toPlanSummary } from '../../db/queries/plans/plan-summary.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** Puts a plan in a programme whose years include the plan's year, or takes it out (null). */
export async function setPlanProgramme(ctx: ServiceContext, planId: string, programmeId: string | null) {
  const actor = await authorize(
    ctx,
    'programme.manage',
    { planId, ...(programmeId ? { programmeId } : {}) },
    'gắn kế hoạch vào chương trình',
  );
  await ctx.db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for('update');
    if (!plan) throw notFound('kế hoạch');
    if (programmeId) {
      // Locked too: its years cannot change under this check.
      const [programme] = await tx.select().from(programmes).where(eq(programmes.id, programmeId)).for('update');
      if (!programme) throw notFound('chương trình');
      if (plan.year < programme.startYear || plan.year > programme.endYear)
        throw new AppError('PLAN_YEAR_OUTSIDE_PROGRAMME', {
          year: plan.year,
          startYear: programme.startYear,
          endYear: programme.endYear,
        });
    }
    if (plan.programmeId === programmeId) return;
    await tx.update(plans).set({ programmeId }).where(eq(plans.id, planId));
    await recordAudit(tx, actor, {
      action: 'plan.setProgramme',
      entityId: planId,
      before: { programmeId: plan.programmeId },
      after: { programmeId },
    });
  });
  const [row] = await ctx.db.select({ plan: plans, activities: activityCount }).from(plans).where(eq(plans.id, planId));
  return toPlanSummary(row!.plan, row!.activities);
}
