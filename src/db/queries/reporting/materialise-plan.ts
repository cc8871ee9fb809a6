import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../client.js';
import {
  assignmentMilestones,
  assignments,
  planActivities,
  planIndicators,
  plans,
  reportingPeriods,
} from '../../schema/index.js';
import type { PlanActivity, PlanV1 } from '../../../domain/plan/types.js';
import { expandAssignments } from '../../../domain/reporting/assignment-expansion.js';
import { suggestFigureForTarget } from '../../../domain/figures/indicator-link.js';
import { buildPeriodSchedule } from '../../../domain/reporting/periods.js';
import { dueDateForUnit, milestonesForUnit } from '../../../domain/reporting/unit-due-date.js';
import { syncMilestones } from './assignment-milestones.js';
import type { UnitDirectory } from '../../../domain/units/types.js';
import { isIndexWorkKey } from '../../../domain/indices/work-key.js';

export interface MaterialiseResult {
  activities: number;
  assignments: number;
  cooperating: number;
  cancelled: number;
  unassigned: { activityId: string; writtenAs: string; reason: string }[];
}

/** The row of a plan's activity (plan_activities) as its content states it. */
export function activityRow(planId: string, activity: PlanActivity) {
  return {
    planId,
    activityKey: activity.id,
    area: activity.area,
    number: activity.number,
    title: activity.activity ?? activity.task ?? activity.deliverable ?? activity.objective ?? '(không có nội dung)',
    objective: activity.objective,
    task: activity.task,
    deliverable: activity.deliverable,
    deadlineText: activity.deadline.text,
    dueOn: activity.deadline.due,
    leadText: activity.lead.text,
    cooperatingText: activity.cooperating.text,
    removedInVersion: null,
  };
}

/**
 * Turns a committed plan version into work, in the commit's transaction: one row per activity, one
 * assignment per (activity, lead unit) with groups expanded and merged units followed to their
 * successors, cooperating links, the plan's indicators, and the default reporting periods. A later
 * version adds what is new and cancels the assignments of lines it no longer has; progress already
 * reported on unchanged lines stays.
 */
export async function materialisePlan(
  tx: Tx,
  planId: string,
  version: number,
  plan: PlanV1,
  directory: UnitDirectory,
  asOf: string,
): Promise<MaterialiseResult> {
  const existing = await tx.select().from(planActivities).where(eq(planActivities.planId, planId));
  const byKey = new Map(existing.map((a) => [a.activityKey, a]));
  const idByKey = new Map<string, string>();
  for (const activity of plan.activities) {
    const values = activityRow(planId, activity);
    const known = byKey.get(activity.id);
    if (known) {
      await tx.update(planActivities).set(values).where(eq(planActivities.id, known.id));
      idByKey.set(activity.id, known.id);
    } else {
      const [row] = await tx.insert(planActivities).values(values).returning({ id: planActivities.id });
      idByKey.set(activity.id, row!.id);
    }
  }

  // Lines the new version no longer has: their open assignments are cancelled, with the reason.
  // Work added outside the document (points lost in a national index, keys "CSQG-…") is not a line a version removes.
  const removed = existing
    .filter((a) => !idByKey.has(a.activityKey) && a.removedInVersion === null && !isIndexWorkKey(a.activityKey))
    .map((a) => a.id);
  let cancelled = 0;
  if (removed.length) {
    await tx.update(planActivities).set({ removedInVersion: version }).where(inArray(planActivities.id, removed));
    const rows = await tx
      .update(assignments)
      .set({ cancelledAt: new Date(), cancelReason: `Hoạt động không còn trong phiên bản ${version} của kế hoạch.` })
      .where(and(inArray(assignments.activityId, removed), isNull(assignments.cancelledAt)))
      .returning({ id: assignments.id });
    cancelled = rows.length;
  }

  const expansion = expandAssignments(
    plan.activities.map((a) => ({ activityId: a.id, lead: a.lead.units, cooperating: a.cooperating.units })),
    directory,
    asOf,
  );
  const present = await tx
    .select({ activityId: assignments.activityId, unitId: assignments.unitId, role: assignments.role })
    .from(assignments)
    .where(eq(assignments.planId, planId));
  const seen = new Set(present.map((p) => `${p.activityId}|${p.unitId}|${p.role}`));
  const kindOf = new Map(directory.units.map((u) => [u.id, u.kind]));
  const deadlineOf = new Map(plan.activities.map((a) => [a.id, a.deadline]));
  const rows = [...expansion.assignments, ...expansion.cooperating]
    .map((e) => ({
      planId,
      activityId: idByKey.get(e.activityId)!,
      unitId: e.unitId,
      role: e.role,
      writtenAs: e.writtenAs,
      viaGroupId: e.viaGroupId,
      note: e.note,
      dueOn: dueDateForUnit(deadlineOf.get(e.activityId)!, kindOf.get(e.unitId) ?? 'other'),
    }))
    .filter((r) => !seen.has(`${r.activityId}|${r.unitId}|${r.role}`));
  for (let i = 0; i < rows.length; i += 500) await tx.insert(assignments).values(rows.slice(i, i + 500));

  // Several due dates in the cell: each lead assignment tracks them (new ones and those of earlier versions,
  // whose done milestones stay done), and its due date is the next open one.
  const keyById = new Map([...idByKey].map(([key, id]) => [id, key]));
  const leads = await tx
    .select({ id: assignments.id, activityId: assignments.activityId, unitId: assignments.unitId })
    .from(assignments)
    .where(and(eq(assignments.planId, planId), eq(assignments.role, 'lead'), isNull(assignments.cancelledAt)));
  const hadMilestones = new Set(
    present.length
      ? (
          await tx
            .selectDistinct({ id: assignmentMilestones.assignmentId })
            .from(assignmentMilestones)
            .innerJoin(assignments, eq(assignments.id, assignmentMilestones.assignmentId))
            .where(eq(assignments.planId, planId))
        ).map((r) => r.id)
      : [],
  );
  for (const lead of leads) {
    const key = keyById.get(lead.activityId);
    const deadline = key === undefined ? undefined : deadlineOf.get(key);
    if (!deadline) continue;
    const kind = kindOf.get(lead.unitId) ?? 'other';
    const fresh = milestonesForUnit(deadline, kind);
    if (fresh.length || hadMilestones.has(lead.id))
      await syncMilestones(tx, lead.id, fresh, dueDateForUnit(deadline, kind));
  }

  for (const indicator of plan.indicators) {
    const values = {
      planId,
      indicatorKey: indicator.id,
      area: indicator.area,
      text: indicator.text,
      subject: indicator.subject,
      comparator: indicator.comparator,
      value: indicator.value,
      unit: indicator.unit,
      level: indicator.level,
      activityId: indicator.activityId ? (idByKey.get(indicator.activityId) ?? null) : null,
      removedInVersion: null,
    };
    // The catalogue figure its subject's words suggest (not the whole sentence, which often prints several
    // targets), of the kind the target needs: a suggestion for the coordinator, which a later version
    // refreshes unless the coordinator has confirmed (or cleared) the link since.
    const suggested = suggestFigureForTarget(indicator.subject || indicator.text, indicator.unit);
    const link = { figureKey: suggested, figureLink: suggested ? ('suggested' as const) : null };
    const decided = sql`${planIndicators.figureLink} IN ('confirmed', 'cleared')`;
    await tx
      .insert(planIndicators)
      .values({ ...values, ...link })
      .onConflictDoUpdate({
        target: [planIndicators.planId, planIndicators.indicatorKey],
        set: {
          ...values,
          figureKey: sql`CASE WHEN ${decided} THEN ${planIndicators.figureKey} ELSE ${link.figureKey} END`,
          figureLink: sql`CASE WHEN ${decided} THEN ${planIndicators.figureLink} ELSE ${link.figureLink} END`,
        },
      });
  }
  const keptIndicators = new Set(plan.indicators.map((i) => i.id));
  const staleIndicators = (
    await tx
      .select({ id: planIndicators.id, key: planIndicators.indicatorKey })
      .from(planIndicators)
      .where(eq(planIndicators.planId, planId))
  ).filter((i) => !keptIndicators.has(i.key));
  if (staleIndicators.length)
    await tx
      .update(planIndicators)
      .set({ removedInVersion: version })
      .where(
        inArray(
          planIndicators.id,
          staleIndicators.map((i) => i.id),
        ),
      );

  const [anyPeriod] = await tx
    .select({ id: reportingPeriods.id })
    .from(reportingPeriods)
    .where(eq(reportingPeriods.planId, planId))
    .limit(1);
  if (!anyPeriod) {
    // The plan's own calendar when the coordinator has set one, else today's defaults.
    const [own] = await tx.select({ calendar: plans.reportingCalendar }).from(plans).where(eq(plans.id, planId));
    const schedule = buildPeriodSchedule(plan.year ?? Number(asOf.slice(0, 4)), own?.calendar ?? {});
    if (schedule.ok) await tx.insert(reportingPeriods).values(schedule.value.map((p) => ({ planId, ...p })));
  }

  return {
    activities: plan.activities.length,
    assignments: expansion.assignments.filter((a) => !seen.has(`${idByKey.get(a.activityId)}|${a.unitId}|lead`)).length,
    cooperating: expansion.cooperating.length,
    cancelled,
    unassigned: expansion.unassigned.map((u) => ({
      activityId: u.activityId,
      writtenAs: u.writtenAs,
      reason: u.reason,
    })),
  };
}
