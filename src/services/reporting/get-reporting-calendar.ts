import { eq } from 'drizzle-orm';
import { plans } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { calendarOrDefault } from '../../domain/reporting/reporting-calendar.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** A plan's reporting calendar: what the coordinator set, or today's defaults. */
export async function getReportingCalendar(ctx: ServiceContext, planId: string) {
  await authorize(ctx, 'plan.read', { planId });
  const [plan] = await ctx.db
    .select({ id: plans.id, year: plans.year, calendar: plans.reportingCalendar })
    .from(plans)
    .where(eq(plans.id, planId));
  if (!plan) throw notFound('kế hoạch');
  return {
    planId: plan.id,
    year: plan.year,
    custom: plan.calendar !== null,
    calendar: calendarOrDefault(plan.calendar),
  };
}
