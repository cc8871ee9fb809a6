import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { planImports, plans, storedFiles, users } from '../../schema/index.js';
import { summarisePlan } from '../../../domain/plan/summary.js';

const importColumns = {
  draft: planImports,
  fileName: storedFiles.fileName,
  createdByName: users.displayName,
  basePlanName: plans.name,
};

export function selectImports(db: DbOrTx) {
  return db
    .select(importColumns)
    .from(planImports)
    .innerJoin(storedFiles, eq(storedFiles.id, planImports.sourceFileId))
    .leftJoin(users, eq(users.id, planImports.createdBy))
    .leftJoin(plans, eq(plans.id, planImports.basePlanId));
}

type ImportRow = Awaited<ReturnType<typeof selectImports>>[number];

export function toSummary({ draft, fileName, createdByName, basePlanName }: ImportRow) {
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
