import { eq } from 'drizzle-orm';
import type { Role } from '../../../contracts/auth.js';
import type { DbOrTx } from '../../client.js';
import { units } from '../../schema/index.js';
import { AppError } from '../../../domain/errors.js';

export async function checkUserUnit(db: DbOrTx, role: Role, unitId: string | null): Promise<void> {
  if (role === 'reporter' && !unitId) throw new AppError('UNIT_REQUIRED');
  if (!unitId) return;
  const [unit] = await db
    .select({ archivedAt: units.archivedAt, provinceId: units.provinceId })
    .from(units)
    .where(eq(units.id, unitId));
  if (!unit) throw new AppError('UNIT_NOT_FOUND');
  if (unit.archivedAt) throw new AppError('UNIT_ARCHIVED');
  // A person of a province's unit is kept to that province: the Ministry's officers read them all.
  if (role === 'ministry' && unit.provinceId) throw new AppError('MINISTRY_UNIT_IN_PROVINCE');
}
