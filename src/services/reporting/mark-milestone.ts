import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { markMilestoneRequest } from '../../contracts/reporting.js';
import { assignmentMilestones, assignments } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../domain/errors.js';
import { nextDueOn } from '../../domain/reporting/milestones.js';
import { cancelledAssignment } from '../../domain/reporting/cancelled-assignment.js';
import { localDateOf } from '../../domain/text/format.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { getAssignment } from './get-assignment.js';
import { loadAssignment } from './steps/load-assignment.js';

/**
 * The lead unit marks one milestone of its assignment done (or open again); the assignment's due date moves to
 * the next open milestone, so its overdue state and reminders follow.
 */
export async function markMilestone(
  ctx: ServiceContext,
  id: string,
  milestoneId: string,
  input: z.infer<typeof markMilestoneRequest>,
) {
  const actor = await authorize(ctx, 'unitWork.record', { assignmentId: id });
  const row = await loadAssignment(ctx, id);
  if (row.a.role !== 'lead') throw new AppError('NOT_LEAD');
  if (row.a.cancelledAt) throw cancelledAssignment();
  const today = localDateOf(ctx.now());
  const doneOn = input.done ? (input.doneOn ?? today) : null;
  if (doneOn && doneOn > today) throw new AppError('MILESTONE_IN_FUTURE');
  await ctx.db.transaction(async (tx) => {
    const all = await tx.select().from(assignmentMilestones).where(eq(assignmentMilestones.assignmentId, id));
    const milestone = all.find((m) => m.id === milestoneId);
    if (!milestone) throw notFound('mốc thời hạn');
    await tx
      .update(assignmentMilestones)
      .set({ doneOn, doneBy: doneOn ? actor.userId : null, updatedAt: ctx.now() })
      .where(eq(assignmentMilestones.id, milestoneId));
    const dueOn = nextDueOn(all.map((m) => (m.id === milestoneId ? { ...m, doneOn } : m)));
    const [after] = await tx
      .update(assignments)
      .set({ dueOn, version: row.a.version + 1, updatedAt: ctx.now() })
      .where(and(eq(assignments.id, id), eq(assignments.version, input.version)))
      .returning({ id: assignments.id });
    if (!after) throw staleVersion('Nhiệm vụ');
    await recordAudit(tx, actor, {
      action: 'assignment.markMilestone',
      entityId: id,
      before: { milestoneId, label: milestone.label, doneOn: milestone.doneOn },
      after: { milestoneId, label: milestone.label, doneOn, dueOn },
    });
  });
  return getAssignment(ctx, id);
}
