import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { plans, planVersions } from '../../schema/index.js';
import type { PlanV1 } from '../../../domain/plan/types.js';

/** The content of a plan's current version, or null when the plan has none. */
export async function latestPlanContent(db: DbOrTx, planId: string): Promise<PlanV1 | null> {
  const [row] = await db
    .select({ content: planVersions.content })
    .from(planVersions)
    .innerJoin(plans, and(eq(plans.id, planVersions.planId), eq(plans.currentVersion, planVersions.version)))
    .where(eq(plans.id, planId));
  return row?.content ?? null;
}
