import { and, desc, eq } from 'drizzle-orm';
import { planImports } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { ofProvince, provinceOfUnit } from '../../db/queries/units/province.js';
import { selectImports, toSummary } from '../../db/queries/plans/plan-import-rows.js';

export async function listPlanImports(ctx: ServiceContext) {
  const actor = await authorize(ctx, 'plan.import', {}, 'xem bản nhập kế hoạch');
  const province = await provinceOfUnit(ctx.db, actor.unitId);
  const rows = await selectImports(ctx.db)
    .where(and(eq(planImports.status, 'open'), ofProvince(planImports.provinceId, province)))
    .orderBy(desc(planImports.createdAt));
  return rows.map(toSummary);
}
