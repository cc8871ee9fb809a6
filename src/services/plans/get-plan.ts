import { desc, eq } from 'drizzle-orm';
import { plans, planVersions, storedFiles, users } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { summarisePlan } from '../../domain/plan/summary.js';
import { budgetTotals } from '../../domain/plan/budget-totals.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { activityCount, toPlanSummary } from '../../db/queries/plans/plan-summary.js';

export async function getPlan(ctx: ServiceContext, planId: string, version?: number) {
  await authorize(ctx, 'plan.read', { planId });
  const [row] = await ctx.db.select({ plan: plans, activities: activityCount }).from(plans).where(eq(plans.id, planId));
  if (!row) throw notFound('kế hoạch');
  const versions = await ctx.db
    .select({ v: planVersions, committedByName: users.displayName, sourceFileName: storedFiles.fileName })
    .from(planVersions)
    .leftJoin(users, eq(users.id, planVersions.committedBy))
    .leftJoin(storedFiles, eq(storedFiles.id, planVersions.sourceFileId))
    .where(eq(planVersions.planId, planId))
    .orderBy(desc(planVersions.version));
  const wanted = version ?? row.plan.currentVersion;
  const chosen = versions.find((v) => v.v.version === wanted);
  if (!chosen) throw notFound(`phiên bản ${wanted} của kế hoạch`);
  const describe = (v: (typeof versions)[number]) => ({
    version: v.v.version,
    committedAt: v.v.committedAt.toISOString(),
    committedByName: v.committedByName,
    note: v.v.note,
    sourceFileName: v.sourceFileName,
  });
  return {
    plan: toPlanSummary(row.plan, row.activities),
    version: {
      ...describe(chosen),
      content: chosen.v.content,
      summary: summarisePlan(chosen.v.content),
      budget: budgetTotals(chosen.v.content),
    },
    versions: versions.map(describe),
  };
}
