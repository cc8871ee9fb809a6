import { and, desc, eq, isNotNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { planImports, planVersions } from '../../schema/index.js';
import type { ColumnMapping } from '../../../domain/plan/column-mapping.js';

/**
 * The column mapping a coordinator last gave for a plan's document: on an import committed into the
 * plan, or on one uploaded as its revision. A revised version of the same document is read with it.
 */
export async function lastColumnMapping(db: DbOrTx, planId: string): Promise<ColumnMapping | null> {
  const [row] = await db
    .select({ mapping: planImports.columnMapping })
    .from(planImports)
    .leftJoin(planVersions, eq(planVersions.id, planImports.committedVersionId))
    .where(
      and(
        isNotNull(planImports.columnMapping),
        or(eq(planImports.basePlanId, planId), eq(planVersions.planId, planId)),
      ),
    )
    .orderBy(desc(planImports.updatedAt))
    .limit(1);
  return row?.mapping ?? null;
}
