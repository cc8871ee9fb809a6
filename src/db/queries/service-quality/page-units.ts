import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { units } from '../../schema/index.js';

export interface PageUnit {
  id: string;
  name: string;
  code: string;
}

/** The names and codes of the units a page shows, in the directory's order of names. */
export async function loadPageUnits(db: DbOrTx, unitIds: readonly string[]): Promise<PageUnit[]> {
  if (!unitIds.length) return [];
  return db
    .select({ id: units.id, name: units.name, code: units.code })
    .from(units)
    .where(inArray(units.id, [...unitIds]))
    .orderBy(asc(units.name));
}

/** The province's own unit (kind `province`): the portal publishes the province's scores as its parent row. */
/** The province's own unit: the one given, or the installation's first (someone outside every province). */
export async function loadProvinceUnit(db: DbOrTx, provinceId: string | null): Promise<PageUnit | null> {
  const [row] = await db
    .select({ id: units.id, name: units.name, code: units.code })
    .from(units)
    .where(provinceId ? eq(units.id, provinceId) : eq(units.kind, 'province'))
    .limit(1);
  return row ?? null;
}
