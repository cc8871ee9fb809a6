import { and, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  assignments,
  notifications,
  notificationSettings,
  outboxEmails,
  planActivities,
  registerEntries,
  registerFollowUps,
  reportingPeriods,
  unitReports,
  units,
  users,
} from '../../db/schema/index.js';
import { remindersDue, type ReminderItem, type ReminderSettings } from '../../domain/reporting/reminders.js';
import { localDateOf } from '../../domain/text/format.js';
import { periodDueForUnit } from '../../domain/reporting/unit-due-date.js';
import { loadMilestones } from '../../db/queries/reporting/assignment-milestones.js';
import {
  activeUnitPlans,
  deadlinesInForce,
  dutyUnits,
  plansOfYear,
} from '../../db/queries/unit-plans/unit-plan-duties.js';
import { owedExplanations } from '../../db/queries/scoring/joint-round.js';
import { feedbackAwaitingAnswer } from '../../db/queries/citizen-feedback/feedback-rows.js';

/**
 * Today's reminders: each unit's reporters about reports not yet submitted and lead assignments not yet
 * finished, N days before, on the day, and weekly while overdue (per-user settings). In-app notices and
 * e-mails go out through tables, keyed so a reminder is never sent twice; run it as often as you like.
 */
export async function runReminders(db: Database, now: Date): Promise<{ inApp: number; email: number }> {
  const today = localDateOf(now);
  const reporters = await db
    .select({ id: users.id, unitId: users.unitId, email: users.email })
    .from(users)
    .where(and(eq(users.role, 'reporter'), isNull(users.archivedAt)));
  const byUnit = new Map<string, string[]>();
  for (const r of reporters) if (r.unitId) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r.id]);
  const emailOf = new Map(reporters.map((r) => [r.id, r.email]));

  const items: ReminderItem[] = [];
  const periods = await db.select().from(reportingPeriods).where(isNull(reportingPeriods.closedAt));
  for (const period of periods) {
    const owing = await db
      .selectDistinct({ unitId: assignments.unitId, unitName: units.name, unitKind: units.kind })
      .from(assignments)
      .innerJoin(units, eq(units.id, assignments.unitId))
      .where(and(eq(assignments.planId, period.planId), eq(assignments.role, 'lead'), isNull(assignments.cancelledAt)));
    const submitted = new Set(
      (
        await db
          .select({ unitId: unitReports.unitId })
          .from(unitReports)
          .where(and(eq(unitReports.periodId, period.id), notInArray(unitReports.status, ['draft', 'returned'])))
      ).map((r) => r.unitId),
    );
    for (const unit of owing) {
      if (submitted.has(unit.unitId)) continue;
      items.push({
        id: `${period.id}:${unit.unitId}`,
        kind: 'report',
        title: `Báo cáo CCHC ${period.label}`,
        unitName: unit.unitName,
        // The unit's own due date: the plan's calendar may give its level (communes, districts) another day.
        dueOn: periodDueForUnit(period, unit.unitKind),
        recipientIds: byUnit.get(unit.unitId) ?? [],
      });
    }
  }
  const open = await db
    .select({
      id: assignments.id,
      unitId: assignments.unitId,
      dueOn: assignments.dueOn,
      title: planActivities.title,
      unitName: units.name,
    })
    .from(assignments)
    .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(
      and(
        eq(assignments.role, 'lead'),
        isNull(assignments.cancelledAt),
        inArray(assignments.status, ['not_started', 'in_progress']),
      ),
    );
  // An assignment with several due dates is reminded of its next open milestone, by name (each milestone once).
  const milestones = await loadMilestones(
    db,
    open.map((a) => a.id),
  );
  for (const a of open) {
    const next = milestones.get(a.id)?.find((m) => m.doneOn === null);
    const dueOn = next?.dueOn ?? a.dueOn;
    if (dueOn)
      items.push({
        id: a.id,
        kind: 'assignment',
        title: a.title,
        unitName: a.unitName,
        dueOn,
        ...(next ? { milestone: { id: next.id, label: next.label } } : {}),
        recipientIds: byUnit.get(a.unitId) ?? [],
      });
  }

  // Register follow-ups still open (a steering meeting's commitments), reminded like assignments.
  const followUps = await db
    .select({
      id: registerFollowUps.id,
      unitId: registerFollowUps.unitId,
      dueOn: registerFollowUps.dueOn,
      title: registerFollowUps.title,
      unitName: units.name,
      register: registerEntries.register,
      entryId: registerEntries.id,
    })
    .from(registerFollowUps)
    .innerJoin(registerEntries, eq(registerEntries.id, registerFollowUps.entryId))
    .innerJoin(units, eq(units.id, registerFollowUps.unitId))
    .where(and(eq(registerFollowUps.status, 'open'), isNull(registerEntries.cancelledAt)));
  const followUpLinks = new Map(followUps.map((f) => [f.id, `/so-theo-doi/${f.register}/${f.entryId}`]));
  for (const f of followUps)
    items.push({
      id: f.id,
      kind: 'followUp',
      title: f.title,
      unitName: f.unitName,
      dueOn: f.dueOn,
      recipientIds: byUnit.get(f.unitId) ?? [],
    });
  // Each unit still owing its own CCHC plan under this year's plans, before and after its level's date.
  for (const plan of await plansOfYear(db, Number(today.slice(0, 4)))) {
    const owing = await dutyUnits(db, await deadlinesInForce(db, plan.id));
    const issued = new Set((await activeUnitPlans(db, [plan.id])).map((r) => r.unitId));
    for (const unit of owing) {
      if (issued.has(unit.unitId)) continue;
      items.push({
        id: `${plan.id}:${unit.unitId}`,
        kind: 'unit_plan',
        title: `Ban hành kế hoạch CCHC năm ${plan.year}`,
        unitName: unit.unitName,
        dueOn: unit.dueOn,
        recipientIds: byUnit.get(unit.unitId) ?? [],
      });
    }
  }
  // The province's joint round: each deduction the Ministry made, to its responsible agency until explained.
  const owed = await owedExplanations(db);
  if (owed.length) {
    const names = new Map((await db.select({ id: units.id, name: units.name }).from(units)).map((u) => [u.id, u.name]));
    for (const o of owed)
      items.push({
        id: `${o.roundId}:${o.code}:${o.agencyId}`,
        kind: 'explanation',
        title: `Tiêu chí ${o.code} bị trừ điểm (${o.roundName})`,
        unitName: names.get(o.agencyId) ?? null,
        dueOn: o.dueOn,
        recipientIds: byUnit.get(o.agencyId) ?? [],
      });
  }

  // Citizen feedback assigned to a unit and not answered yet, before and after its 15 working days.
  for (const f of await feedbackAwaitingAnswer(db))
    items.push({
      id: f.id,
      kind: 'feedback',
      title: f.subject,
      unitName: f.unitName,
      dueOn: f.dueOn,
      recipientIds: byUnit.get(f.unitId) ?? [],
    });

  const settings: Record<string, ReminderSettings> = Object.fromEntries(
    (await db.select().from(notificationSettings)).map((s) => [s.userId, s]),
  );
  const reminders = remindersDue(items, settings, today, new Set<string>());
  let inApp = 0;
  let email = 0;
  for (const reminder of reminders) {
    if (reminder.channel === 'in_app') {
      const link =
        reminder.kind === 'report'
          ? '/bao-cao'
          : reminder.kind === 'followUp'
            ? followUpLinks.get(reminder.itemId)!
            : reminder.kind === 'unit_plan'
              ? `/ke-hoach-don-vi?planId=${reminder.itemId.split(':')[0]}`
              : reminder.kind === 'feedback'
                ? `/phan-anh-kien-nghi/${reminder.itemId}`
                : reminder.kind === 'explanation'
                  ? `/cham-diem/dot/${reminder.itemId.split(':')[0]}/tu-danh-gia-chung`
                  : `/nhiem-vu/${reminder.itemId}`;
      const rows = await db
        .insert(notifications)
        .values({
          userId: reminder.userId,
          kind: `reminder_${reminder.kind}`,
          title: reminder.subject,
          body: reminder.body,
          link,
          dedupeKey: reminder.key,
        })
        .onConflictDoNothing()
        .returning({ id: notifications.id });
      inApp += rows.length;
    } else {
      const address = emailOf.get(reminder.userId);
      if (!address) continue;
      const rows = await db
        .insert(outboxEmails)
        .values({
          toAddress: address,
          subject: reminder.subject,
          body: reminder.body,
          dedupeKey: reminder.key,
          nextAttemptAt: now,
          createdAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: outboxEmails.id });
      email += rows.length;
    }
  }
  return { inApp, email };
}
