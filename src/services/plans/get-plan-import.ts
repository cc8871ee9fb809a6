import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { planImports, plans, planVersions, storedFiles, users } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { diffPlans } from '../../domain/plan/diff.js';
import { summarisePlan } from '../../domain/plan/summary.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

const importColumns = {
  draft: planImports,
  fileName: storedFiles.fileName,
  createdByName: users.displayName,
  basePlanName: plans.name,
};

function selectImports(db: DbOrTx) {
  return db
    .select(importColumns)
    .from(planImports)
    .innerJoin(storedFiles, eq(storedFiles.id, planImports.sourceFileId))
    .leftJoin(users, eq(users.id, planImports.createdBy))
    .leftJoin(plans, eq(plans.id, planImports.basePlanId));
}

type ImportRow = Awaited<ReturnType<typeof selectImports>>[number];

function toSummary({ draft, fileName, createdByName, basePlanName }: ImportRow) {
  return {
    id: draft.id,
    status: draft.status,
    fileName,
    title: draft.content.title,
    basePlanId: draft.basePlanId,
    basePlanName,
    createdAt: draft.createdAt.toISOString(),
    createdByName,
    summary: summarisePlan(draft.content),
  };
}

export async function listPlanImports(ctx: ServiceContext) {
  await authorize(ctx, 'plan.import', {}, 'xem bản nhập kế hoạch');
  const rows = await selectImports(ctx.db).where(eq(planImports.status, 'open')).orderBy(desc(planImports.createdAt));
  return rows.map(toSummary);
}

export async function getPlanImport(ctx: ServiceContext, id: string) {
  await authorize(ctx, 'plan.import', {}, 'xem bản nhập kế hoạch');
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
  return { ...toSummary(row), version: row.draft.version, asOf: row.draft.asOf, content: row.draft.content, sourceRows: row.draft.sourceRows, diff };
}
