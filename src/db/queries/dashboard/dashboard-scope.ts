/** Which plan and period a dashboard shows when the reader has not chosen: the latest plan, its latest period already due. */
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { plans, reportingPeriods } from '../../schema/index.js';
import { ofProvince } from '../units/province.js';
import { AppError, notFound } from '../../../domain/errors.js';
import { latestDuePeriod } from '../../../domain/reporting/periods.js';
import { localDateOf } from '../../../domain/text/format.js';

export async function resolveDashboardPeriod(
  db: DbOrTx,
  query: { planId?: string | undefined; periodId?: string | undefined },
  now: Date,
  /** Without a plan or period asked for, the latest plan of this province (or a shared one). */
  provinceId: string | null = null,
): Promise<string> {
  if (query.periodId) {
    const [period] = await db
      .select({ id: reportingPeriods.id, planId: reportingPeriods.planId })
      .from(reportingPeriods)
      .where(eq(reportingPeriods.id, query.periodId));
    if (!period) throw notFound('kỳ báo cáo');
    if (query.planId && period.planId !== query.planId) throw new AppError('PERIOD_NOT_IN_PLAN');
    return period.id;
  }
  const [plan] = query.planId
    ? await db.select({ id: plans.id }).from(plans).where(eq(plans.id, query.planId))
    : await db
        .select({ id: plans.id })
        .from(plans)
        .where(and(isNull(plans.archivedAt), ofProvince(plans.provinceId, provinceId)))
        .orderBy(desc(plans.year), desc(plans.createdAt))
        .limit(1);
  if (!plan) throw notFound('kế hoạch');
  const periods = await db
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.planId, plan.id)))
    .orderBy(asc(reportingPeriods.dueOn));
  if (!periods.length) throw notFound('kỳ báo cáo của kế hoạch');
  return latestDuePeriod(periods, localDateOf(now))!.id;
}
