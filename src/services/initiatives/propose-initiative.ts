import type { InitiativeDetail, ProposeInitiativeRequest } from '../../contracts/initiatives.js';
import { initiatives } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { activeUsers, notifyUsers } from '../../db/queries/notifications/notify.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readInitiative } from './get-initiative.js';

/** A unit's reporter proposes an initiative of their unit; it goes to the council (the coordinators are told). */
export async function proposeInitiative(
  ctx: ServiceContext,
  unitId: string,
  body: ProposeInitiativeRequest,
): Promise<InitiativeDetail> {
  const actor = await authorize(ctx, 'unitWork.record', { unitId }, 'đề xuất sáng kiến cho đơn vị khác');
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(initiatives)
      .values({ ...body, unitId, submittedBy: actor.userId, submittedAt: ctx.now() })
      .returning({ id: initiatives.id });
    await recordAudit(tx, actor, {
      action: 'initiative.propose',
      entityId: row!.id,
      after: { unitId, year: body.year, title: body.title, area: body.area },
    });
    await notifyUsers(tx, await activeUsers(tx, { roles: ['coordinator'] }), {
      kind: 'initiative.proposed',
      title: 'Sáng kiến mới chờ Hội đồng đánh giá',
      body: body.title,
      link: `/sang-kien/${row!.id}`,
      key: `initiative-proposed:${row!.id}`,
    });
    return row!.id;
  });
  return readInitiative(ctx, actor, id);
}
