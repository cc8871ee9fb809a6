import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { adHocPeriodRequest } from '../../contracts/reporting.js';
import { plans, reportingPeriods } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { buildAdHocPeriod } from '../../domain/reporting/periods.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { unwrap } from '../unwrap.js';

type PeriodRow = typeof reportingPeriods.$inferSelect;
export const toPeriodSummary = (p: PeriodRow) => ({
  id: p.id,
  planId: p.planId,
  code: p.code,
  kind: p.kind,
  label: p.label,
  start: p.start,
  end: p.end,
  dueOn: p.dueOn,
  closed: p.closedAt !== null,
});

export async function listPeriods(ctx: ServiceContext, planId: string) {
  await authorize(ctx, 'plan.read');
  const rows = await ctx.db.select().from(reportingPeriods).where(eq(reportingPeriods.planId, planId)).orderBy(asc(reportingPeriods.dueOn));
  return rows.map(toPeriodSummary);
}

/** An extra request for reports outside the regular schedule ("báo cáo đột xuất"). */
export async function addAdHocPeriod(ctx: ServiceContext, planId: string, input: z.infer<typeof adHocPeriodRequest>) {
  const actor = await authorize(ctx, 'period.manage', {}, 'yêu cầu báo cáo đột xuất');
  return ctx.db.transaction(async (tx) => {
    // The plan is locked so that two requests at once do not both take the next free code.
    const [plan] = await tx.select({ id: plans.id }).from(plans).where(eq(plans.id, planId)).for('update');
    if (!plan) throw notFound('kế hoạch');
    const existing = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.planId, planId));
    const period = unwrap(buildAdHocPeriod(input, existing), 'INVALID_PERIOD');
    const [row] = await tx.insert(reportingPeriods).values({ planId, ...period }).returning();
    await recordAudit(tx, actor, { action: 'plan.addPeriod', entityId: planId, after: row! });
    return toPeriodSummary(row!);
  });
}

/** Locks a period: units can no longer change or submit its reports (the coordinator can still review). */
export async function closePeriod(ctx: ServiceContext, periodId: string, reason: string) {
  const actor = await authorize(ctx, 'period.manage', {}, 'khóa kỳ báo cáo');
  return ctx.db.transaction(async (tx) => {
    // Locked: of two closings at once, the second sees the period closed.
    const [period] = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId)).for('update');
    if (!period) throw notFound('kỳ báo cáo');
    if (period.closedAt) throw new AppError('PERIOD_CLOSED', { period: period.label });
    const [closed] = await tx.update(reportingPeriods).set({ closedAt: ctx.now() }).where(eq(reportingPeriods.id, periodId)).returning();
    await recordAudit(tx, actor, { action: 'reportingPeriod.close', entityId: periodId, reason });
    return toPeriodSummary(closed!);
  });
}
