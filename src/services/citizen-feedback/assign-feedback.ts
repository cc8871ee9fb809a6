import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { assignFeedbackRequest, FeedbackDetail } from '../../contracts/citizen-feedback.js';
import { isLiveUnit } from '../../db/queries/citizen-feedback/feedback-rows.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { citizenFeedback } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readFeedback } from './get-feedback.js';
import { tellUnit } from './receive-feedback.js';
import { feedbackForStep, feedbackState } from './steps/feedback-step.js';

/** The office gives (or gives again) an unanswered item to the unit that answers it; the due date does not move. */
export async function assignFeedback(
  ctx: ServiceContext,
  id: string,
  body: z.infer<typeof assignFeedbackRequest>,
): Promise<FeedbackDetail> {
  const actor = await authorize(ctx, 'feedback.manage', { feedbackId: id });
  // The unit it is given to: one of the office's province.
  await authorize(ctx, 'feedback.manage', { unitId: body.unitId });
  await ctx.db.transaction(async (tx) => {
    const row = await feedbackForStep(tx, id, 'assign', body.version);
    if (!(await isLiveUnit(tx, body.unitId))) throw new AppError('UNIT_NOT_FOUND');
    const [after] = await tx
      .update(citizenFeedback)
      .set({ unitId: body.unitId, status: 'assigned', assignedAt: ctx.now(), version: row.version + 1 })
      .where(eq(citizenFeedback.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'citizenFeedback.assign',
      entityId: id,
      before: feedbackState(row),
      after: feedbackState(after!),
    });
    if (row.unitId !== body.unitId) await tellUnit(tx, body.unitId, id, row.subject, row.dueOn);
  });
  return readFeedback(ctx, actor, id);
}
