import { eq } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { activeUsers, notifyUsers } from '../../db/queries/notifications/notify.js';
import { followUpView } from '../../db/queries/registers/register-views.js';
import { registerFollowUps } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { registerOf, type RegisterKey } from '../../domain/registers/index.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { assignAction } from './steps/entry-access.js';
import { followUpLink } from './add-follow-up.js';
import { auditedFollowUp, lockOpenFollowUp, requireFollowUp } from './steps/load-follow-up.js';

/** The review a reported follow-up needs: only on a register whose follow-ups are reviewed. */
export function requireReviewed(register: RegisterKey) {
  const declaration = registerOf(register);
  if (!declaration.followUps?.review) throw new AppError('FOLLOW_UP_NOT_REVIEWED', { register: declaration.name.vi });
}

/**
 * A coordinator accepts what the owing unit reported (an inspection's remediation item fixed): the item is done,
 * closed on the day the unit reported it (so "on time" judges the unit's work, not the review's delay).
 */
export async function acceptFollowUp(
  ctx: ServiceContext,
  register: RegisterKey,
  id: string,
  input: { version: number },
) {
  const followUp = await requireFollowUp(ctx.db, register, id);
  const actor = await authorize(ctx, assignAction(register), { unitId: followUp.unitId });
  requireReviewed(register);
  await ctx.db.transaction(async (tx) => {
    const current = await lockOpenFollowUp(tx, id, input.version, 'reported');
    const [row] = await tx
      .update(registerFollowUps)
      .set({
        status: 'done',
        closedOn: current.reportedOn,
        closedBy: actor.userId,
        returnReason: null,
        version: current.version + 1,
        updatedAt: ctx.now(),
      })
      .where(eq(registerFollowUps.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'registerFollowUp.accept',
      entityId: id,
      before: auditedFollowUp(current),
      after: auditedFollowUp(row!),
    });
    await notifyUsers(tx, await activeUsers(tx, { unitId: row!.unitId, roles: ['reporter'] }), {
      kind: 'follow_up_closed',
      title: `Đã chấp nhận kết quả khắc phục: ${row!.title}`,
      body: row!.result ?? '',
      link: followUpLink(register, row!.entryId),
      key: `follow-up-accepted:${id}`,
    });
  });
  return (await followUpView(ctx.db, id, localDateOf(ctx.now())))!;
}
