import { eq } from 'drizzle-orm';
import { planVersions } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { diffPlans } from '../../domain/plan/diff.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export async function diffPlanVersions(ctx: ServiceContext, planId: string, from: number, to: number) {
  await authorize(ctx, 'plan.read', { planId });
  const rows = await ctx.db.select().from(planVersions).where(eq(planVersions.planId, planId));
  const before = rows.find((r) => r.version === from);
  const after = rows.find((r) => r.version === to);
  if (!before || !after) throw notFound('phiên bản kế hoạch');
  return diffPlans(before.content, after.content);
}
