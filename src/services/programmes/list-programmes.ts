import { programmesWithPlans } from '../../db/queries/programmes/programme-rows.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';

/** The multi-year programmes and their yearly plans: open to everyone who reads plans. */
export async function listProgrammes(ctx: ServiceContext) {
  const actor = await authorize(ctx, 'plan.read');
  return programmesWithPlans(ctx.db, undefined, await provinceOfUnit(ctx.db, actor.unitId));
}
