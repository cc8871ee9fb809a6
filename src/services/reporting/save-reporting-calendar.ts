import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { saveReportingCalendarRequest } from '../../contracts/reporting.js';
import { plans, reportingPeriods } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { planPeriodsInUse } from '../../db/queries/reporting/plan-periods-in-use.js';
import { notFound } from '../../domain/errors.js';
import { buildPeriodSchedule } from '../../domain/reporting/periods.js';
import { calendarOrDefault, planCalendarChange, type PeriodChange } from '../../domain/reporting/reporting-calendar.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { unwrap } from '../unwrap.js';

const brief = ({ code, label, dueOn, previousDueOn }: PeriodChange) => ({
  code,
  label,
  dueOn,
  ...(previousDueOn ? { previousDueOn } : {}),
});

/**
 * Sets a plan's reporting calendar and regenerates its regular periods: new ones added, open periods
 * without reports moved to their new dates or dropped; a period that already has reports (or is closed)
 * is kept as it is and said so. Ad-hoc requests are untouched. Without `confirm` nothing is written: the
 * answer is what would change, for the coordinator to confirm.
 */
export async function saveReportingCalendar(
  ctx: ServiceContext,
  planId: string,
  input: z.infer<typeof saveReportingCalendarRequest>,
) {
  const actor = await authorize(ctx, 'period.manage', { planId }, 'đặt lịch báo cáo');
  return ctx.db.transaction(async (tx) => {
    // Locked: two saves at once do not both regenerate the periods.
    const [plan] = await tx
      .select({ id: plans.id, year: plans.year, calendar: plans.reportingCalendar })
      .from(plans)
      .where(eq(plans.id, planId))
      .for('update');
    if (!plan) throw notFound('kế hoạch');
    const calendar = calendarOrDefault(input.calendar);
    const schedule = unwrap(buildPeriodSchedule(plan.year, calendar), 'INVALID_PERIOD');
    const change = planCalendarChange(await planPeriodsInUse(tx, planId), schedule);
    const answer = {
      added: change.added.map(brief),
      changed: change.changed.map(brief),
      removed: change.removed.map(brief),
      kept: change.kept.map((k) => ({ ...brief(k), reason: k.reason })),
      unchanged: change.unchanged,
    };
    if (!input.confirm) return { saved: false, ...answer };

    if (change.added.length)
      await tx.insert(reportingPeriods).values(change.added.map(({ period }) => ({ planId, ...period })));
    for (const { id, period } of change.changed)
      await tx
        .update(reportingPeriods)
        .set({
          kind: period.kind,
          label: period.label,
          start: period.start,
          end: period.end,
          dueOn: period.dueOn,
          dueByLevel: period.dueByLevel ?? {},
          yearFraction: period.yearFraction,
        })
        .where(eq(reportingPeriods.id, id));
    if (change.removed.length)
      await tx.delete(reportingPeriods).where(
        inArray(
          reportingPeriods.id,
          change.removed.map((r) => r.id),
        ),
      );
    await tx.update(plans).set({ reportingCalendar: calendar }).where(eq(plans.id, planId));
    await recordAudit(tx, actor, {
      action: 'plan.setReportingCalendar',
      entityId: planId,
      before: plan.calendar,
      after: {
        calendar,
        added: change.added.map((p) => p.code),
        changed: change.changed.map((p) => p.code),
        removed: change.removed.map((p) => p.code),
        kept: change.kept.map((p) => p.code),
      },
    });
    return { saved: true, ...answer };
  });
}
