import { and, eq, inArray, isNull } from 'drizzle-orm';
import { assignments, planActivities } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { planAssignmentChange, type AssignmentChange } from '../../domain/reporting/assignment-changes.js';
import { localDateOf } from '../../domain/text/format.js';
import type { UnitDirectory } from '../../domain/units/types.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { Actor, ServiceContext } from '../context.js';
import { isUniqueViolation } from '../unique-violation.js';
import { directoryOfActor } from '../../db/queries/units/load-directory.js';
import { unwrap } from '../unwrap.js';
import { copyMilestones } from '../../db/queries/reporting/assignment-milestones.js';
import type { AuditAction } from '../../contracts/audit-actions.js';

/** The audit action each kind of change is recorded as. */
const CHANGE_ACTIONS = {
  reassign: 'planActivity.reassign',
  split: 'planActivity.split',
  add: 'planActivity.addUnit',
  cancel: 'planActivity.cancelAssignment',
  follow_successor: 'planActivity.followSuccessor',
} as const satisfies Record<AssignmentChange['type'], AuditAction>;

/**
 * The coordinator reassigns, splits, adds or cancels an assignment (with a reason), or hands it to a merged
 * unit's successor. Nothing is deleted: replaced assignments are cancelled and the new ones carry their
 * progress forward; one audit record keeps the reason.
 *
 * Two coordinators changing the same activity at once are serialised by a lock on the activity's row, so
 * the second one checks what the first wrote; the partial unique index `assignments_one_active_lead` is the
 * last word should anything else insert a lead meanwhile (issue #16, item 6).
 */
export async function changeAssignment(ctx: ServiceContext, change: AssignmentChange) {
  const actor = await authorize(ctx, 'assignment.change', {}, 'thay đổi phân công nhiệm vụ');
  const directory = await directoryOfActor(ctx.db, actor);
  try {
    return await writeChange(ctx, actor, change, directory);
  } catch (error) {
    if (isUniqueViolation(error, 'assignments_one_active_lead')) throw concurrentChange();
    throw error;
  }
}

const concurrentChange = () => new AppError('ASSIGNMENT_CHANGED');

async function writeChange(ctx: ServiceContext, actor: Actor, change: AssignmentChange, directory: UnitDirectory) {
  return ctx.db.transaction(async (tx) => {
    const activityId =
      change.type === 'add'
        ? change.activityId
        : (
            await tx
              .select({ activityId: assignments.activityId })
              .from(assignments)
              .where(eq(assignments.id, change.assignmentId))
          )[0]?.activityId;
    if (!activityId) throw notFound('nhiệm vụ');
    const [activity] = await tx.select().from(planActivities).where(eq(planActivities.id, activityId)).for('update');
    if (!activity) throw notFound('hoạt động');
    const existing = await tx
      .select()
      .from(assignments)
      .where(and(eq(assignments.activityId, activityId), eq(assignments.role, 'lead')));
    const checked = planAssignmentChange(
      change,
      existing.map((a) => ({
        id: a.id,
        activityId: a.activityId,
        unitId: a.unitId,
        cancelled: a.cancelledAt !== null,
      })),
      directory,
      localDateOf(ctx.now()),
    );
    // Refused because of what is already there (often what another coordinator just did): a conflict, not bad input.
    const conflict =
      !checked.ok && checked.issues.every((i) => i.code === 'already_cancelled' || i.code === 'already_assigned');
    const plan = unwrap(checked, conflict ? 'ASSIGNMENT_CONFLICT' : 'INVALID_ASSIGNMENT_CHANGE');
    const now = ctx.now();
    if (plan.cancel.length) {
      const cancelled = await tx
        .update(assignments)
        .set({ cancelledAt: now, cancelReason: plan.reason })
        .where(and(inArray(assignments.id, plan.cancel), isNull(assignments.cancelledAt)))
        .returning({ id: assignments.id });
      if (cancelled.length !== plan.cancel.length) throw concurrentChange();
    }
    const byId = new Map(existing.map((a) => [a.id, a]));
    const created = [];
    for (const next of plan.create) {
      const from = next.carriedFrom ? byId.get(next.carriedFrom) : undefined;
      const [row] = await tx
        .insert(assignments)
        .values({
          planId: activity.planId,
          activityId,
          unitId: next.unitId,
          role: 'lead',
          writtenAs: from?.writtenAs ?? activity.leadText,
          note: plan.reason,
          dueOn: from?.dueOn ?? activity.dueOn,
          carriedFromId: next.carriedFrom,
          ...(from
            ? {
                status: from.status,
                progress: from.progress,
                completedOn: from.completedOn,
                reason: from.reason,
                resultText: from.resultText,
              }
            : {}),
        })
        .returning();
      if (from) await copyMilestones(tx, from.id, row!.id);
      created.push(row!);
    }
    await recordAudit(tx, actor, {
      action: CHANGE_ACTIONS[change.type],
      entityId: activityId,
      before: { cancelled: plan.cancel },
      after: { created: created.map((c) => ({ id: c.id, unitId: c.unitId })) },
      reason: plan.reason,
    });
    return { cancelled: plan.cancel, created: created.map((c) => c.id) };
  });
}
