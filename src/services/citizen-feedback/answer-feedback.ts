import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { answerFeedbackRequest, FeedbackDetail } from '../../contracts/citizen-feedback.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { activeUsers, notifyUsers } from '../../db/queries/notifications/notify.js';
import { citizenFeedback } from '../../db/schema/index.js';
import { answeredOnTime } from '../../domain/citizen-feedback/workflow.js';
import { AppError } from '../../domain/errors.js';
import { formatDateVi, localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readFeedback } from './get-feedback.js';
import { feedbackForStep, feedbackState } from './steps/feedback-step.js';

/**
 * The unit the item is assigned to answers it (its reporters; or a coordinator): the answer and its date, on time
 * when not after the due date. The coordinators are told, to publish it.
 */
export async function answerFeedback(
  ctx: ServiceContext,
  id: string,
  body: z.infer<typeof answerFeedbackRequest>,
): Promise<FeedbackDetail> {
  const actor = await authorize(
    ctx,
    'feedback.answer',
    { feedbackId: id },
    'trả lời phản ánh, kiến nghị giao cho đơn vị khác',
  );
  if (body.answeredOn > localDateOf(ctx.now()))
    throw new AppError('VALIDATION_FAILED', { sentence: 'Ngày trả lời: không được sau ngày hôm nay.' });
  await ctx.db.transaction(async (tx) => {
    const row = await feedbackForStep(tx, id, 'answer', body.version);
    if (body.answeredOn < row.receivedOn)
      throw new AppError('VALIDATION_FAILED', {
        sentence: `Ngày trả lời: không được trước ngày nhận (${formatDateVi(row.receivedOn)}).`,
      });
    const [after] = await tx
      .update(citizenFeedback)
      .set({
        status: 'answered',
        answer: body.answer,
        answeredOn: body.answeredOn,
        answeredBy: actor.userId,
        version: row.version + 1,
      })
      .where(eq(citizenFeedback.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'citizenFeedback.answer',
      entityId: id,
      before: feedbackState(row),
      after: { ...feedbackState(after!), onTime: answeredOnTime(body.answeredOn, row.dueOn) },
    });
    await notifyUsers(tx, await activeUsers(tx, { roles: ['coordinator'] }), {
      kind: 'feedback.answered',
      title: 'Phản ánh, kiến nghị đã được trả lời, chờ công khai',
      body: row.subject,
      link: `/phan-anh-kien-nghi/${id}`,
      key: `feedback-answered:${id}`,
    });
  });
  return readFeedback(ctx, actor, id);
}
