import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { updateUnitRequest } from '../../contracts/units.js';
import { units } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { checkParent } from '../../db/queries/units/check-parent.js';
import { duplicateCode } from './create-unit.js';
import { loadUnitDetail } from '../../db/queries/units/unit-detail.js';

export async function updateUnit(ctx: ServiceContext, id: string, input: z.infer<typeof updateUnitRequest>) {
  const actor = await authorize(ctx, 'units.manage', { unitId: id }, 'sửa đơn vị');
  const { version, ...changes } = input;
  // Moved under another parent: that parent must be within the actor's province too.
  if (changes.parentId) await authorize(ctx, 'units.manage', { unitId: changes.parentId }, 'sửa đơn vị');
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(units).where(eq(units.id, id));
    if (!before) throw notFound('đơn vị');
    if (before.archivedAt) throw new AppError('ARCHIVED', { record: 'unit', attempt: 'edit' });
    if (before.version !== version) throw staleVersion('Đơn vị');
    if (changes.code && changes.code !== before.code) {
      const [clash] = await tx
        .select({ id: units.id })
        .from(units)
        .where(and(eq(units.code, changes.code), ne(units.id, id)));
      if (clash) throw duplicateCode(changes.code);
    }
    if (changes.parentId !== undefined) await checkParent(tx, id, changes.parentId);
    const validFrom = changes.validFrom !== undefined ? changes.validFrom : before.validFrom;
    const validTo = changes.validTo !== undefined ? changes.validTo : before.validTo;
    if (validFrom && validTo && validFrom > validTo) {
      throw new AppError('INVALID_PERIOD', { dates: 'validity' });
    }
    const [after] = await tx
      .update(units)
      .set({ ...changes, version: before.version + 1, updatedAt: ctx.now() })
      .where(and(eq(units.id, id), eq(units.version, version)))
      .returning();
    if (!after) throw staleVersion('Đơn vị');
    await recordAudit(tx, actor, { action: 'unit.update', entityId: id, before, after });
    return loadUnitDetail(tx, id);
  });
}
