import { and, eq, isNull } from 'drizzle-orm';
import type { InitiativeDetail } from '../../contracts/initiatives.js';
import { initiativeApplications, units } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { AppError, notFound } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { isUniqueViolation } from '../unique-violation.js';
import { readInitiative } from './get-initiative.js';
import { loadInitiativeFor } from './load-initiative.js';

/** Another unit records that it applies a recognised initiative (when, with what result). */
export async function recordApplication(
  ctx: ServiceContext,
  id: string,
  body: { unitId: string; appliedOn: string; note: string },
): Promise<InitiativeDetail> {
  const actor = await authorize(
    ctx,
    'unitWork.record',
    { unitId: body.unitId },
    'ghi nhận áp dụng sáng kiến cho đơn vị khác',
  );
  if (body.appliedOn > localDateOf(ctx.now()))
    throw new AppError('VALIDATION_FAILED', { sentence: 'Ngày áp dụng: không được sau ngày hôm nay.' });
  await ctx.db.transaction(async (tx) => {
    const row = await loadInitiativeFor(tx, id, 'apply');
    if (row.unitId === body.unitId) throw new AppError('INITIATIVE_OWN_UNIT');
    const [unit] = await tx.select({ name: units.name }).from(units).where(eq(units.id, body.unitId));
    if (!unit) throw notFound('đơn vị');
    const [existing] = await tx
      .select({ id: initiativeApplications.id })
      .from(initiativeApplications)
      .where(
        and(
          eq(initiativeApplications.initiativeId, id),
          eq(initiativeApplications.unitId, body.unitId),
          isNull(initiativeApplications.cancelledAt),
        ),
      );
    if (existing) throw new AppError('INITIATIVE_ALREADY_APPLIED', { unit: unit.name });
    try {
      const [application] = await tx
        .insert(initiativeApplications)
        .values({ initiativeId: id, ...body, recordedBy: actor.userId })
        .returning({ id: initiativeApplications.id });
      await recordAudit(tx, actor, {
        action: 'initiativeApplication.record',
        entityId: application!.id,
        after: { initiativeId: id, ...body },
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('INITIATIVE_ALREADY_APPLIED', { unit: unit.name });
      throw error;
    }
  });
  return readInitiative(ctx, actor, id);
}
