import { and, eq } from 'drizzle-orm';
import type { DecideInitiativeRequest, InitiativeDetail } from '../../contracts/initiatives.js';
import { initiatives } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { activeUsers, notifyUsers } from '../../db/queries/notifications/notify.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readInitiative } from './get-initiative.js';
import { loadInitiativeFor } from './load-initiative.js';

/**
 * The coordinator records the council's decision: recognised (with its level of effect) or not, its number and
 * date. Only the office may (policy `initiative.decide`), so a unit never recognises its own initiative. A decision
 * may be corrected later; each is audited with what it replaced.
 */
export async function decideInitiative(
  ctx: ServiceContext,
  id: string,
  body: DecideInitiativeRequest,
): Promise<InitiativeDetail> {
  const actor = await authorize(ctx, 'initiative.decide');
  if (body.recognised && !body.effectLevel)
    throw new AppError('VALIDATION_FAILED', { sentence: 'Phạm vi ảnh hưởng: hãy chọn khi sáng kiến được công nhận.' });
  if (body.decidedOn > localDateOf(ctx.now()))
    throw new AppError('VALIDATION_FAILED', { sentence: 'Ngày quyết định: không được sau ngày hôm nay.' });
  await ctx.db.transaction(async (tx) => {
    const row = await loadInitiativeFor(tx, id, 'decide', body.version);
    const after = {
      status: body.recognised ? ('recognised' as const) : ('not_recognised' as const),
      effectLevel: body.recognised ? body.effectLevel : null,
      decidedOn: body.decidedOn,
      decisionNumber: body.decisionNumber,
    };
    const updated = await tx
      .update(initiatives)
      .set({ ...after, decisionNote: body.note || null, decidedBy: actor.userId, version: row.version + 1 })
      .where(and(eq(initiatives.id, id), eq(initiatives.version, body.version)))
      .returning({ id: initiatives.id });
    if (updated.length === 0) throw staleVersion('sáng kiến');
    await recordAudit(tx, actor, {
      action: 'initiative.decide',
      entityId: id,
      before: {
        status: row.status,
        effectLevel: row.effectLevel,
        decidedOn: row.decidedOn,
        decisionNumber: row.decisionNumber,
      },
      after,
    });
    await notifyUsers(tx, await activeUsers(tx, { unitId: row.unitId, roles: ['reporter'] }), {
      kind: 'initiative.decided',
      title: body.recognised ? 'Sáng kiến được Hội đồng công nhận' : 'Sáng kiến không được Hội đồng công nhận',
      body: row.title,
      link: `/sang-kien/${id}`,
      key: `initiative-decided:${id}:${row.version + 1}`,
    });
  });
  return readInitiative(ctx, actor, id);
}
