import { desc, eq } from 'drizzle-orm';
import { planImports } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { selectImports, toSummary } from '../../db/queries/plans/plan-import-rows.js';

export async function listPlanImports(ctx: ServiceContext) {
  await authorize(ctx, 'plan.import', {}, 'xem bản nhập kế hoạch');
  const rows = await selectImports(ctx.db).where(eq(planImports.status, 'open')).orderBy(desc(planImports.createdAt));
  return rows.map(toSummary);
}
