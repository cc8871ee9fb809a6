import { desc, eq } from 'drizzle-orm';
import { planImports, plans, planVersions } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { diffPlans } from '../../domain/plan/diff.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { selectImports, toSummary } from '../../db/queries/plans/plan-import-rows.js';

export async function getPlanImport(ctx: ServiceContext, id: string) {
  await authorize(ctx, 'plan.import', { planImportId: id }, 'xem bản nhập kế hoạch');
  const [row] = await selectImports(ctx.db).where(eq(planImports.id, id));
  if (!row) throw notFound('bản nhập kế hoạch');
  let diff = null;
  if (row.draft.basePlanId) {
    const [current] = await ctx.db
      .select({ content: planVersions.content })
      .from(planVersions)
      .innerJoin(plans, eq(plans.id, planVersions.planId))
      .where(eq(planVersions.planId, row.draft.basePlanId))
      .orderBy(desc(planVersions.version))
      .limit(1);
    if (current) diff = diffPlans(current.content, row.draft.content);
  }
  return {
    ...toSummary(row),
    version: row.draft.version,
    asOf: row.draft.asOf,
    content: row.draft.content,
    sourceRows: row.draft.sourceRows,
    reading: row.draft.reading ?? null,
    handEdits: {
      // Revised activities still in the draft (an id the document no longer has is not counted).
      activityIds: row.draft.revisedActivityIds.filter((id) => row.draft.content.activities.some((a) => a.id === id)),
      duties: (row.draft.content.duties ?? []).filter((d) => d.decision !== 'suggested').length,
    },
    diff,
  };
}
