import { and, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { RemindResult } from '../../contracts/reporting.js';
import { assignments, outboxEmails, reportingPeriods, unitReports, units, users } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { formatDateVi, localDateOf } from '../../domain/text/format.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { notifyUsers } from '../../db/queries/notifications/notify.js';
import { periodDueForUnit } from '../../domain/reporting/unit-due-date.js';

/**
 * One action for the coordinator: remind every unit that has not submitted the period's report, in-app and by
 * e-mail. The answer says which late units could not be reached (no reporter account, or no e-mail address), so
 * the coordinator knows to call them instead of believing everyone was told.
 */
export async function remindLateUnits(ctx: ServiceContext, periodId: string): Promise<RemindResult> {
  const actor = await authorize(ctx, 'period.manage', { periodId }, 'nhắc các đơn vị chậm báo cáo');
  return ctx.db.transaction(async (tx) => {
    const [period] = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
    if (!period) throw notFound('kỳ báo cáo');
    const owing = await tx
      .selectDistinct({ unitId: assignments.unitId })
      .from(assignments)
      .where(and(eq(assignments.planId, period.planId), eq(assignments.role, 'lead'), isNull(assignments.cancelledAt)));
    const submitted = new Set(
      (
        await tx
          .select({ unitId: unitReports.unitId })
          .from(unitReports)
          .where(and(eq(unitReports.periodId, periodId), notInArray(unitReports.status, ['draft', 'returned'])))
      ).map((r) => r.unitId),
    );
    const late = owing.map((o) => o.unitId).filter((id) => !submitted.has(id));
    const stamp = ctx.now().toISOString();
    const title = `Đề nghị gửi báo cáo CCHC ${period.label}`;
    const found = late.length
      ? await tx.select({ id: units.id, name: units.name, kind: units.kind }).from(units).where(inArray(units.id, late))
      : [];
    const names = new Map(found.map((u) => [u.id, u.name]));
    const kinds = new Map(found.map((u) => [u.id, u.kind]));
    // Each unit is told its own due date: the plan's calendar may give its level another day.
    const bodyFor = (unitId: string) => {
      const due = periodDueForUnit(period, kinds.get(unitId) ?? 'other');
      return `Hạn gửi báo cáo là ${formatDateVi(due)}${localDateOf(ctx.now()) > due ? ' (đã quá hạn)' : ''}. Đề nghị đơn vị hoàn thành và gửi báo cáo trên hệ thống.`;
    };
    const withoutAccount: RemindResult['withoutAccount'] = [];
    const withoutEmail: RemindResult['withoutEmail'] = [];
    let recipients = 0;
    let emails = 0;
    for (const unitId of late) {
      const body = bodyFor(unitId);
      const people = await tx
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(and(eq(users.unitId, unitId), eq(users.role, 'reporter'), isNull(users.archivedAt)));
      await notifyUsers(
        tx,
        people.map((p) => p.id),
        {
          kind: 'reminder_manual',
          title,
          body,
          link: `/bao-cao/${periodId}/${unitId}`,
          key: `manual:${periodId}:${stamp}`,
        },
      );
      for (const person of people.filter((p) => p.email)) {
        await tx
          .insert(outboxEmails)
          .values({
            toAddress: person.email!,
            subject: title,
            body,
            dedupeKey: `manual:${periodId}:${stamp}:${person.id}`,
            nextAttemptAt: ctx.now(),
            createdAt: ctx.now(),
          })
          .onConflictDoNothing();
      }
      const unit = { id: unitId, name: names.get(unitId) ?? unitId };
      const mailed = people.filter((p) => p.email).length;
      if (!people.length) withoutAccount.push(unit);
      else if (!mailed) withoutEmail.push(unit);
      recipients += people.length;
      emails += mailed;
    }
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');
    const result = {
      units: late.length,
      reminded: late.length - withoutAccount.length,
      recipients,
      emails,
      withoutAccount: withoutAccount.sort(byName),
      withoutEmail: withoutEmail.sort(byName),
    };
    await recordAudit(tx, actor, {
      action: 'reportingPeriod.remindLateUnits',
      entityId: periodId,
      after: {
        units: late.length,
        reminded: result.reminded,
        recipients,
        emails,
        withoutAccount: withoutAccount.length,
      },
    });
    return result;
  });
}
