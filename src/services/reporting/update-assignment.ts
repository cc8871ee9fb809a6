import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { updateAssignmentRequest } from '../../contracts/reporting.js';
import { assignments } from '../../db/schema/index.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { validateAssignmentProgress } from '../../domain/reporting/assignment-status.js';
import { localDateOf } from '../../domain/text/format.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { unwrap } from '../unwrap.js';
import { getAssignment } from './get-assignment.js';
import { loadAssignment } from './steps/load-assignment.js';
import { authorize } from '../access/authorize.js';
import { cancelledAssignment } from '../../domain/reporting/cancelled-assignment.js';

/** What the audit log keeps of an assignment's progress, whether the unit wrote it on the task or in a report. */
export const progressOf = (
  a: Pick<typeof assignments.$inferSelect, 'status' | 'progress' | 'completedOn' | 'reason' | 'resultText' | 'version'>,
) => ({
  status: a.status,
  progress: a.progress,
  completedOn: a.completedOn,
  reason: a.reason,
  resultText: a.resultText,
  version: a.version,
});

/** The unit records where an assignment stands: status, progress, completion date or reason, what was done. */
export async function updateAssignment(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof updateAssignmentRequest>,
) {
  const actor = await authorize(ctx, 'unitWork.record', { assignmentId: id });
  const row = await loadAssignment(ctx, id);
  if (row.a.role !== 'lead') throw new AppError('NOT_LEAD');
  if (row.a.cancelledAt) throw cancelledAssignment();
  const progress = unwrap(
    validateAssignmentProgress(input, { dueOn: row.a.dueOn, today: localDateOf(ctx.now()) }),
    'INVALID_PROGRESS',
  );
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(assignments)
      .set({ ...progress, resultText: input.resultText, version: row.a.version + 1, updatedAt: ctx.now() })
      .where(and(eq(assignments.id, id), eq(assignments.version, input.version)))
      .returning();
    if (!after) throw staleVersion('Nhiệm vụ');
    await recordAudit(tx, actor, {
      action: 'assignment.updateProgress',
      entityId: id,
      before: progressOf(row.a),
      after: progressOf(after),
    });
  });
  return getAssignment(ctx, id);
}
