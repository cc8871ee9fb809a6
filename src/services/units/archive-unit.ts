import { and, eq, isNull } from 'drizzle-orm';
import { units, users } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadUnitDetail } from '../../db/queries/units/unit-detail.js';

/** Units are archived, never deleted: plans and reports keep pointing at them. */
export async function archiveUnit(ctx: ServiceContext, id: string, reason: string) {
  const actor = await authorize(ctx, 'units.manage', { unitId: id }, 'lưu trữ đơn vị');
  return ctx.db.transaction(async (tx) => {
    // Locked: the checks below (not yet archived) must still hold when the row is written.
    const [before] = await tx.select().from(units).where(eq(units.id, id)).for('update');
    if (!before) throw notFound('đơn vị');
    if (before.archivedAt) throw new AppError('ARCHIVED', { record: 'unit', attempt: 'archive' });
    const [activeChild] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.parentId, id), isNull(units.archivedAt)))
      .limit(1);
    if (activeChild) throw new AppError('HAS_ACTIVE_CHILDREN');
    const [activeUser] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.unitId, id), isNull(users.archivedAt)))
      .limit(1);
    if (activeUser) throw new AppError('HAS_ACTIVE_USERS');
    const [after] = await tx
      .update(units)
      .set({ archivedAt: ctx.now(), version: before.version + 1 })
      .where(eq(units.id, id))
      .returning();
    await recordAudit(tx, actor, { action: 'unit.archive', entityId: id, before, after: after!, reason });
    return loadUnitDetail(tx, id);
  });
}
