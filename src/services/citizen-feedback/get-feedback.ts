import type { FeedbackDetail } from '../../contracts/citizen-feedback.js';
import { feedbackDetailRow, type FeedbackRow } from '../../db/queries/citizen-feedback/feedback-rows.js';
import { can } from '../../domain/access/policy.js';
import { workingDaysBetween, type WorkingCalendar } from '../../domain/citizen-feedback/working-days.js';
import { isLate, stepRefusal } from '../../domain/citizen-feedback/workflow.js';
import { notFound } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { Actor, ServiceContext } from '../context.js';
import { workingCalendarOf } from '../working-calendar/calendar.js';

/** One PAKN item: what was received, the unit answering it, its due date, the answer, and what the caller may do. */
export async function getFeedback(ctx: ServiceContext, id: string): Promise<FeedbackDetail> {
  const actor = await authorize(ctx, 'feedback.read', { feedbackId: id });
  return readFeedback(ctx, actor, id);
}

/** Late and working days left, as the list and the item show them. */
export function feedbackTiming(
  row: Pick<FeedbackRow, 'status' | 'dueOn' | 'answeredOn'>,
  today: string,
  calendar: WorkingCalendar,
) {
  const open = row.status === 'received' || row.status === 'assigned';
  const left = !open
    ? null
    : row.dueOn >= today
      ? workingDaysBetween(today, row.dueOn, calendar)
      : // Past its due date it is late, even when no working day has passed since (due Friday, read Saturday).
        -Math.max(1, workingDaysBetween(row.dueOn, today, calendar));
  return { late: isLate(row, today), workingDaysLeft: left };
}

export async function readFeedback(ctx: ServiceContext, actor: Actor, id: string): Promise<FeedbackDetail> {
  const found = await feedbackDetailRow(ctx.db, id);
  if (!found) throw notFound('phản ánh, kiến nghị');
  const { f, unitName } = found;
  const today = localDateOf(ctx.now());
  const manage = can(actor, 'feedback.manage');
  return {
    id: f.id,
    reference: f.reference,
    receivedOn: f.receivedOn,
    channel: f.channel,
    senderName: f.senderName,
    senderContact: f.senderContact,
    subject: f.subject,
    content: f.content,
    unitId: f.unitId,
    unitName,
    dueOn: f.dueOn,
    status: f.status,
    answer: f.answer,
    answeredOn: f.answeredOn,
    published: f.published,
    publishedOn: f.publishedOn,
    cancelReason: f.cancelReason,
    version: f.version,
    ...feedbackTiming(f, today, await workingCalendarOf(ctx.db)),
    can: {
      assign: manage && stepRefusal(f, 'assign') === null,
      answer:
        f.unitId !== null && can(actor, 'feedback.answer', { unitId: f.unitId }) && stepRefusal(f, 'answer') === null,
      publish: manage && stepRefusal(f, 'publish') === null,
      cancel: manage && stepRefusal(f, 'cancel') === null,
    },
  };
}
