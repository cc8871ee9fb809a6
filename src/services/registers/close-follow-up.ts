import { eq } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { activeUsers, notifyUsers } from '../../db/queries/notifications/notify.js';
import { districtOver } from '../../db/queries/units/supervision.js';
import { followUpView } from '../../db/queries/registers/register-views.js';
import { registerFollowUps } from '../../db/schema/index.js';
import { registerOf, type RegisterKey } from '../../domain/registers/index.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { followUpLink } from './add-follow-up.js';
import { auditedFollowUp, lockOpenFollowUp, requireFollowUp } from './steps/load-follow-up.js';

/**
 * The owing unit (or a coordinator) reports a follow-up done, with its result, on today's date; the coordinators
 * are told. On a register whose follow-ups are reviewed (inspections' remediation items) the report waits for a
 * coordinator's acceptance (accept-follow-up.ts) or return (return-follow-up.ts).
 */
export async function closeFollowUp(
  ctx: ServiceContext,
  register: RegisterKey,
  id: string,
  input: { version: number; result: string },
) {
  const followUp = await requireFollowUp(ctx.db, register, id);
  const actor = await authorize(ctx, 'register.record', { unitId: followUp.unitId });
  const today = localDateOf(ctx.now());
  const review = registerOf(register).followUps?.review === true;
  await ctx.db.transaction(async (tx) => {
    const current = await lockOpenFollowUp(tx, id, input.version);
    const [row] = await tx
      .update(registerFollowUps)
      .set({
        ...(review
          ? { status: 'reported' as const, reportedOn: today }
          : { status: 'done' as const, closedOn: today, closedBy: actor.userId }),
        result: input.result,
        version: current.version + 1,
        updatedAt: ctx.now(),
      })
      .where(eq(registerFollowUps.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'registerFollowUp.close',
      entityId: id,
      before: auditedFollowUp(current),
      after: auditedFollowUp(row!),
    });
    // The office reviews; on a register a district keeps for its communes, the district over the unit too.
    const district = registerOf(register).supervisorsRecord ? await districtOver(tx, row!.unitId) : null;
    const reviewers = [
      ...(await activeUsers(tx, { roles: ['coordinator'] })),
      ...(district ? await activeUsers(tx, { unitId: district, roles: ['reporter'] }) : []),
    ];
    await notifyUsers(tx, reviewers, {
      kind: 'follow_up_closed',
      title: `${review ? 'Báo cáo đã khắc phục, chờ xem xét' : 'Đã hoàn thành'}: ${row!.title}`,
      body: input.result,
      link: followUpLink(register, row!.entryId),
      key: `follow-up-closed:${id}:${row!.version}`,
    });
  });
  return (await followUpView(ctx.db, id, today))!;
}
