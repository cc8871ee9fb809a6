import type { UnitDetail } from '../../contracts/units.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadUnitDetail } from '../../db/queries/units/unit-detail.js';

export async function getUnit(ctx: ServiceContext, id: string): Promise<UnitDetail> {
  await authorize(ctx, 'directory.read', { unitId: id });
  return loadUnitDetail(ctx.db, id);
}
