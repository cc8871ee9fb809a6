import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { FeedbackDetail, publishFeedbackRequest } from '../../contracts/citizen-feedback.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { citizenFeedback } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { formatDateVi, localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readFeedback } from './get-feedback.js';
import { feedbackForStep, feedbackState } from './steps/feedback-step.js';

/** The office records that the answer was published (on the portal, the newspaper …), with the date. */
export async function publishFeedbackAnswer(
  ctx: ServiceContext,
  id: string,
  body: z.infer<typeof publishFeedbackRequest>,
): Promise<FeedbackDetail> {
  const actor = await authorize(ctx, 'feedback.manage', { feedbackId: id });
  if (body.publishedOn > localDateOf(ctx.now()))
    throw new AppError('VALIDATION_FAILED', { sentence: 'Ngày công khai: không được sau ngày hôm nay.' });
  await ctx.db.transaction(async (tx) => {
    const row = await feedbackForStep(tx, id, 'publish', body.version);
    if (row.answeredOn && body.publishedOn < row.answeredOn)
      throw new AppError('VALIDATION_FAILED', {
        sentence: `Ngày công khai: không được trước ngày trả lời (${formatDateVi(row.answeredOn)}).`,
      });
    const [after] = await tx
      .update(citizenFeedback)
      .set({ published: true, publishedOn: body.publishedOn, version: row.version + 1 })
      .where(eq(citizenFeedback.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'citizenFeedback.publish',
      entityId: id,
      before: feedbackState(row),
      after: feedbackState(after!),
    });
  });
  return readFeedback(ctx, actor, id);
}
