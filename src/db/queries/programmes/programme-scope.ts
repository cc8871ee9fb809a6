/** What a programme's comparison counts over: the units that lead its work and the areas of its plans. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { assignments, plans, planVersions, units } from '../../schema/index.js';
import type { PlanArea } from '../../../domain/plan/types.js';

/** The units leading some work in the plans, by name. */
export async function leadUnitsOf(db: DbOrTx, planIds: readonly string[], only?: string) {
  if (!planIds.length) return [];
  return db
    .selectDistinct({ id: units.id, name: units.name })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(
      and(
        inArray(assignments.planId, [...planIds]),
        eq(assignments.role, 'lead'),
        only ? eq(assignments.unitId, only) : undefined,
      ),
    )
    .orderBy(asc(units.name));
}

/** The areas the plans' current versions print, the later year's title first. */
export async function areasOf(db: DbOrTx, planIds: readonly string[]): Promise<PlanArea[]> {
  if (!planIds.length) return [];
  const rows = await db
    .select({ year: plans.year, content: planVersions.content })
    .from(plans)
    .innerJoin(planVersions, and(eq(planVersions.planId, plans.id), eq(planVersions.version, plans.currentVersion)))
    .where(inArray(plans.id, [...planIds]));
  const byCode = new Map<string, PlanArea>();
  for (const row of rows.sort((a, b) => b.year - a.year))
    for (const area of row.content.areas) if (!byCode.has(area.code)) byCode.set(area.code, area);
  return [...byCode.values()];
}
