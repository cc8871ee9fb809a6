import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { activeUsers, notifyUsers } from '../../db/queries/notifications/notify.js';
import { followUpView, titleOf } from '../../db/queries/registers/register-views.js';
import { registerFollowUps } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { registerOf, type RegisterKey } from '../../domain/registers/index.js';
import { formatDateVi, localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { addFollowUpRequest } from '../../contracts/registers.js';
import { assignAction, checkedRequest, requireEntry, requireUnit } from './steps/entry-access.js';

export const followUpLink = (register: string, entryId: string) => `/so-theo-doi/${register}/${entryId}`;

/**
 * A follow-up item given from an entry (a commitment made at a steering meeting): owed by a unit, due on a
 * date; the unit's reporters are told now and reminded before and after the due date (run-reminders).
 */
export async function addFollowUp(
  ctx: ServiceContext,
  register: RegisterKey,
  id: string,
  request: { unitId: string; title: string; dueOn: string },
) {
  const entry = await requireEntry(ctx.db, register, id);
  const actor = await authorize(ctx, assignAction(register), { unitId: entry.unitId });
  const input = checkedRequest(addFollowUpRequest, request);
  const declaration = registerOf(register);
  if (!declaration.followUps) throw new AppError('REGISTER_NO_FOLLOW_UPS', { register: declaration.name.vi });
  if (entry.cancelledAt) throw new AppError('REGISTER_ENTRY_CANCELLED');
  const followUpId = await ctx.db.transaction(async (tx) => {
    await requireUnit(tx, input.unitId, 'Đơn vị thực hiện');
    const now = ctx.now();
    const [row] = await tx
      .insert(registerFollowUps)
      .values({ entryId: id, ...input, createdBy: actor.userId, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, actor, {
      action: 'registerFollowUp.create',
      entityId: row!.id,
      after: { entryId: id, ...input, status: 'open', result: null, closedOn: null },
    });
    await notifyUsers(tx, await activeUsers(tx, { unitId: input.unitId, roles: ['reporter'] }), {
      kind: 'follow_up_assigned',
      title: `Nhiệm vụ mới: ${input.title}`,
      body: `${declaration.followUps!.label} (${titleOf(register, entry.fields)}), hạn ${formatDateVi(input.dueOn)}.`,
      link: followUpLink(register, id),
      key: `follow-up:${row!.id}`,
    });
    return row!.id;
  });
  return (await followUpView(ctx.db, followUpId, localDateOf(ctx.now())))!;
}
