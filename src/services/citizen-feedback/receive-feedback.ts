import type { FeedbackDetail, ReceiveFeedbackRequest } from '../../contracts/citizen-feedback.js';
import { isLiveUnit } from '../../db/queries/citizen-feedback/feedback-rows.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { activeUsers, notifyUsers } from '../../db/queries/notifications/notify.js';
import { citizenFeedback } from '../../db/schema/index.js';
import { addWorkingDays } from '../../domain/citizen-feedback/working-days.js';
import { ANSWER_WORKING_DAYS } from '../../domain/citizen-feedback/workflow.js';
import { AppError } from '../../domain/errors.js';
import { formatDateVi, localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { readFeedback } from './get-feedback.js';
import { workingCalendarOf } from '../working-calendar/calendar.js';

/**
 * The office receives a PAKN item (by hand): its due date is 15 working days from the day received, holidays
 * skipped; assigned at once when the unit is given (its reporters are told).
 */
export async function receiveFeedback(ctx: ServiceContext, body: ReceiveFeedbackRequest): Promise<FeedbackDetail> {
  // Given at once to a unit: one of the office's province.
  const actor = await authorize(ctx, 'feedback.manage', body.unitId ? { unitId: body.unitId } : {});
  if (body.receivedOn > localDateOf(ctx.now()))
    throw new AppError('VALIDATION_FAILED', { sentence: 'Ngày nhận: không được sau ngày hôm nay.' });
  const dueOn = addWorkingDays(body.receivedOn, ANSWER_WORKING_DAYS, await workingCalendarOf(ctx.db));
  const unitId = body.unitId ?? null;
  const id = await ctx.db.transaction(async (tx) => {
    if (unitId && !(await isLiveUnit(tx, unitId))) throw new AppError('UNIT_NOT_FOUND');
    const now = ctx.now();
    const [row] = await tx
      .insert(citizenFeedback)
      .values({
        reference: body.reference || null,
        receivedOn: body.receivedOn,
        channel: body.channel,
        senderName: body.senderName,
        senderContact: body.senderContact || null,
        subject: body.subject,
        content: body.content,
        dueOn,
        unitId,
        provinceId: await provinceOfUnit(tx, actor.unitId),
        assignedAt: unitId ? now : null,
        status: unitId ? 'assigned' : 'received',
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning({ id: citizenFeedback.id });
    await recordAudit(tx, actor, {
      action: 'citizenFeedback.receive',
      entityId: row!.id,
      after: {
        receivedOn: body.receivedOn,
        channel: body.channel,
        subject: body.subject,
        dueOn,
        unitId,
        reference: body.reference || null,
      },
    });
    if (unitId) await tellUnit(tx, unitId, row!.id, body.subject, dueOn);
    return row!.id;
  });
  return readFeedback(ctx, actor, id);
}

/** The unit's reporters are told an item was given to them, with its due date. */
export async function tellUnit(
  tx: Parameters<typeof activeUsers>[0],
  unitId: string,
  id: string,
  subject: string,
  dueOn: string,
) {
  await notifyUsers(tx, await activeUsers(tx, { unitId, roles: ['reporter'] }), {
    kind: 'feedback.assigned',
    title: `Phản ánh, kiến nghị giao đơn vị trả lời trước ${formatDateVi(dueOn)}`,
    body: subject,
    link: `/phan-anh-kien-nghi/${id}`,
    key: `feedback-assigned:${id}:${unitId}`,
  });
}
