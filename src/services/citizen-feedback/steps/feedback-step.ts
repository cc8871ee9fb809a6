/** A step of the PAKN workflow on a locked row: 404, a stale version, or the workflow's refusal. */
import type { DbOrTx } from '../../../db/client.js';
import { lockFeedback, type FeedbackRow } from '../../../db/queries/citizen-feedback/feedback-rows.js';
import { stepRefusal, type FeedbackStep } from '../../../domain/citizen-feedback/workflow.js';
import { AppError, notFound, staleVersion } from '../../../domain/errors.js';

export async function feedbackForStep(
  tx: DbOrTx,
  id: string,
  step: FeedbackStep,
  version: number,
): Promise<FeedbackRow> {
  const row = await lockFeedback(tx, id);
  if (!row) throw notFound('phản ánh, kiến nghị');
  const refusal = stepRefusal(row, step);
  if (refusal) throw new AppError('FEEDBACK_STEP_REFUSED', { refusal });
  if (row.version !== version) throw staleVersion('phản ánh, kiến nghị');
  return row;
}

/** The state an audit row keeps. */
export const feedbackState = (row: FeedbackRow) => ({
  status: row.status,
  unitId: row.unitId,
  answeredOn: row.answeredOn,
  published: row.published,
  publishedOn: row.publishedOn,
});
