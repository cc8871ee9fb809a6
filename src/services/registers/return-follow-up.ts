import { eq } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { activeUsers, notifyUsers } from '../../db/queries/notifications/notify.js';
import { followUpView } from '../../db/queries/registers/register-views.js';
import { registerFollowUps } from '../../db/schema/index.js';
import type { RegisterKey } from '../../domain/registers/index.js';
import { localDateOf } from '../../domain/text/format.js';
import { returnFollowUpRequest } from '../../contracts/registers.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { requireReviewed } from './accept-follow-up.js';
import { followUpLink } from './add-follow-up.js';
import { assignAction, checkedRequest } from './steps/entry-access.js';
import { auditedFollowUp, lockOpenFollowUp, requireFollowUp } from './steps/load-follow-up.js';

/**
 * A coordinator returns what the owing unit reported, with the reason: the item is open again (reminded again
 * if late), its report and evidence kept; the unit's reporters are told why.
 */
export async function returnFollowUp(
  ctx: ServiceContext,
  register: RegisterKey,
  id: string,
  request: { version: number; reason: string },
) {
  const followUp = await requireFollowUp(ctx.db, register, id);
  const actor = await authorize(ctx, assignAction(register), { unitId: followUp.unitId });
  requireReviewed(register);
  const input = checkedRequest(returnFollowUpRequest, request);
  await ctx.db.transaction(async (tx) => {
    const current = await lockOpenFollowUp(tx, id, input.version, 'reported');
    const [row] = await tx
      .update(registerFollowUps)
      .set({ status: 'open', returnReason: input.reason, version: current.version + 1, updatedAt: ctx.now() })
      .where(eq(registerFollowUps.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'registerFollowUp.return',
      entityId: id,
      reason: input.reason,
      before: auditedFollowUp(current),
      after: auditedFollowUp(row!),
    });
    await notifyUsers(tx, await activeUsers(tx, { unitId: row!.unitId, roles: ['reporter'] }), {
      kind: 'follow_up_assigned',
      title: `Báo cáo khắc phục bị trả lại: ${row!.title}`,
      body: input.reason,
      link: followUpLink(register, row!.entryId),
      key: `follow-up-returned:${id}:${row!.version}`,
    });
  });
  return (await followUpView(ctx.db, id, localDateOf(ctx.now())))!;
}
