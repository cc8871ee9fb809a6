import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { addSuccessionRequest } from '../../contracts/units.js';
import { units, unitSuccessions } from '../../db/schema/index.js';
import { addDays } from '../../domain/calendar.js';
import { AppError, notFound } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadUnitDetail } from '../../db/queries/units/unit-detail.js';

/** Records that `fromId` was merged/split/renamed into `toId`; the old unit stops being valid the day before. */
export async function addSuccession(ctx: ServiceContext, fromId: string, input: z.infer<typeof addSuccessionRequest>) {
  const what = 'ghi nhận sáp nhập, chia tách, đổi tên';
  const actor = await authorize(ctx, 'units.manage', { unitId: fromId }, what);
  await authorize(ctx, 'units.manage', { unitId: input.toId }, what);
  if (fromId === input.toId) throw new AppError('SELF_SUCCESSION');
  return ctx.db.transaction(async (tx) => {
    const [from] = await tx.select().from(units).where(eq(units.id, fromId));
    const [to] = await tx.select({ id: units.id }).from(units).where(eq(units.id, input.toId));
    if (!from || !to) throw notFound('đơn vị');
    const [existing] = await tx
      .select()
      .from(unitSuccessions)
      .where(and(eq(unitSuccessions.fromId, fromId), eq(unitSuccessions.toId, input.toId)));
    if (existing) throw new AppError('DUPLICATE_SUCCESSION');
    await tx.insert(unitSuccessions).values({ fromId, ...input });
    const dayBefore = addDays(input.effectiveOn, -1);
    if (!from.validTo || from.validTo > dayBefore) {
      await tx
        .update(units)
        .set({ validTo: dayBefore, version: from.version + 1 })
        .where(eq(units.id, fromId));
    }
    await recordAudit(tx, actor, {
      action: 'unit.addSuccession',
      entityId: fromId,
      before: { validTo: from.validTo },
      after: { ...input, validTo: dayBefore },
    });
    return loadUnitDetail(tx, fromId);
  });
}
