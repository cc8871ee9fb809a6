import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { cancelFeedbackRequest, FeedbackDetail } from '../../contracts/citizen-feedback.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { citizenFeedback } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readFeedback } from './get-feedback.js';
import { feedbackForStep, feedbackState } from './steps/feedback-step.js';

/** An item received by mistake (a duplicate, not a PAKN) is cancelled with a reason, never deleted. */
export async function cancelFeedback(
  ctx: ServiceContext,
  id: string,
  body: z.infer<typeof cancelFeedbackRequest>,
): Promise<FeedbackDetail> {
  const actor = await authorize(ctx, 'feedback.manage', { feedbackId: id });
  await ctx.db.transaction(async (tx) => {
    const row = await feedbackForStep(tx, id, 'cancel', body.version);
    const [after] = await tx
      .update(citizenFeedback)
      .set({ status: 'cancelled', cancelledAt: ctx.now(), cancelReason: body.reason, version: row.version + 1 })
      .where(eq(citizenFeedback.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'citizenFeedback.cancel',
      entityId: id,
      before: feedbackState(row),
      after: feedbackState(after!),
      reason: body.reason,
    });
  });
  return readFeedback(ctx, actor, id);
}
