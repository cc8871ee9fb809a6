import { AppError } from '../../domain/errors.js';
import {
  assignments,
  planActivities,
  planIndicators,
  plans,
  planVersions,
  reportingPeriods,
} from '../../db/schema/index.js';
import { loadCarryOver } from '../../db/queries/plans/carry-over-source.js';
import { carryOpenMilestones } from '../../db/queries/reporting/assignment-milestones.js';
import { activityRow } from '../../db/queries/reporting/materialise-plan.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { moveDate, nextYearName } from '../../domain/plan/next-year.js';
import { buildPeriodSchedule } from '../../domain/reporting/periods.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { isUniqueViolation } from '../unique-violation.js';
import { programmeFor } from './preview-next-year-plan.js';

export interface NextYearPlanRequest {
  /** The new plan's name; by default the source's with its year replaced. */
  name?: string | undefined;
}

/**
 * Makes next year's plan from a committed plan: its structure and targets (with their figure links) copied,
 * its unfinished activities carried over (each owed assignment continued by a new one that links back to it
 * with `carried_from_id`: the old one keeps its evidence, documents and history), dates of the old year
 * moved to the new one, the others flagged for the coordinator. The new plan is version 1 without a
 * document; next year's real document is then uploaded against it as a revision and reviewed as a diff.
 *
 * Once per plan: the source's row is locked, and the unique `plans_carried_from_plan` refuses a second plan
 * should two requests race past the lock (a second server on PostgreSQL).
 */
export async function createNextYearPlan(ctx: ServiceContext, planId: string, request: NextYearPlanRequest = {}) {
  const actor = await authorize(ctx, 'plan.carryOver', { planId }, 'lập kế hoạch năm sau');
  try {
    return await ctx.db.transaction(async (tx) => {
      const source = await loadCarryOver(tx, planId, true);
      if (source.existing) throw exists(source.existing);
      if (source.plan.archivedAt) throw new AppError('PLAN_ARCHIVED');
      const { fromYear, toYear } = source;
      const programme = await programmeFor({ db: tx }, source.plan.programmeId, toYear);
      const [plan] = await tx
        .insert(plans)
        .values({
          name: request.name?.trim() || nextYearName(source.plan.name, fromYear, toYear),
          year: toYear,
          documentNumber: null,
          currentVersion: 1,
          programmeId: programme?.id ?? null,
          carriedFromPlanId: source.plan.id,
          provinceId: source.plan.provinceId,
          // The coordinator's reporting calendar (monthly reports, due days per level) holds next year too.
          reportingCalendar: source.plan.reportingCalendar,
          createdBy: actor.userId,
        })
        .returning();
      await tx.insert(planVersions).values({
        planId: plan!.id,
        version: 1,
        content: source.content,
        note: `Lập từ "${source.plan.name}": ${source.carriedActivities.length} hoạt động chưa hoàn thành chuyển sang năm ${toYear}.`,
        committedBy: actor.userId,
      });

      const newActivityId = new Map<string, string>();
      const byKey = new Map(source.content.activities.map((a) => [a.id, a]));
      for (const old of source.carriedActivities) {
        const [row] = await tx
          .insert(planActivities)
          .values(activityRow(plan!.id, byKey.get(old.activityKey)!))
          .returning({ id: planActivities.id });
        newActivityId.set(old.id, row!.id);
      }
      const carriedNote = `Chuyển từ kế hoạch năm ${fromYear}.`;
      const rows = source.carriedAssignments.map((a) => {
        const dueOn = moveDate(a.dueOn, fromYear, toYear);
        const toSet = a.dueOn !== null && dueOn === null;
        return {
          planId: plan!.id,
          activityId: newActivityId.get(a.activityId)!,
          unitId: a.unitId,
          role: a.role,
          writtenAs: a.writtenAs,
          viaGroupId: a.viaGroupId,
          note: toSet ? `${carriedNote} Hạn cũ ${a.dueOn} cần được đặt lại cho năm ${toYear}.` : carriedNote,
          dueOn,
          status: a.status,
          progress: a.progress,
          reason: a.reason,
          resultText: a.resultText,
          carriedFromId: a.id,
        };
      });
      const carried: { fromId: string; toId: string }[] = [];
      for (let i = 0; i < rows.length; i += 500) {
        const inserted = await tx
          .insert(assignments)
          .values(rows.slice(i, i + 500))
          .returning({ toId: assignments.id, fromId: assignments.carriedFromId });
        carried.push(...inserted.map((r) => ({ fromId: r.fromId!, toId: r.toId })));
      }
      await carryOpenMilestones(tx, carried, (date) => moveDate(date, fromYear, toYear));

      for (const indicator of source.indicators) {
        const { id: _id, planId: _plan, activityId, ...rest } = indicator;
        await tx.insert(planIndicators).values({
          ...rest,
          planId: plan!.id,
          activityId: activityId ? (newActivityId.get(activityId) ?? null) : null,
        });
      }
      const schedule = buildPeriodSchedule(toYear, source.plan.reportingCalendar ?? {});
      if (schedule.ok)
        await tx.insert(reportingPeriods).values(schedule.value.map((p) => ({ planId: plan!.id, ...p })));

      const result = {
        planId: plan!.id,
        name: plan!.name,
        year: toYear,
        activities: source.carriedActivities.length,
        assignments: rows.length,
        indicators: source.indicators.length,
        deadlinesToSet: source.deadlinesToSet.length,
      };
      await recordAudit(tx, actor, {
        action: 'plan.carryOver',
        entityId: plan!.id,
        after: {
          name: result.name,
          year: toYear,
          fromPlanId: source.plan.id,
          fromYear,
          activities: result.activities,
          assignments: result.assignments,
          indicators: result.indicators,
          deadlinesToSet: result.deadlinesToSet,
        },
      });
      return result;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'plans_carried_from_plan')) {
      const { existing } = await loadCarryOver(ctx.db, planId);
      throw exists(existing ?? { year: 0, name: '' });
    }
    throw error;
  }
}

const exists = (p: { year: number; name: string }) => new AppError('NEXT_YEAR_PLAN_EXISTS', p);
