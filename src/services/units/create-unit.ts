import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { createUnitRequest } from '../../contracts/units.js';
import { units } from '../../db/schema/index.js';
import { isUniqueViolation } from '../unique-violation.js';
import { AppError } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { checkParent } from '../../db/queries/units/check-parent.js';
import { loadUnitDetail } from '../../db/queries/units/unit-detail.js';

export const duplicateCode = (code: string) => new AppError('DUPLICATE_CODE', { code });

export async function createUnit(ctx: ServiceContext, input: z.infer<typeof createUnitRequest>) {
  const actor = await authorize(ctx, 'units.manage', input.parentId ? { unitId: input.parentId } : {}, 'thêm đơn vị');
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: units.id }).from(units).where(eq(units.code, input.code));
    if (existing) throw duplicateCode(input.code);
    await checkParent(tx, null, input.parentId);
    // The check above cannot see a unit another request is creating at this moment: the unique index can.
    const [row] = await tx
      .insert(units)
      .values(input)
      .returning()
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'units_code_unique') ? duplicateCode(input.code) : error;
      });
    await recordAudit(tx, actor, { action: 'unit.create', entityId: row!.id, after: row! });
    return loadUnitDetail(tx, row!.id);
  });
}
