/**
 * Provinces in one installation (issue #17.5): a unit's province is kept on its row (`units.province_id`, by the
 * triggers of migration 0033). A person of one province reaches its units and the units outside every province
 * (central agencies, shared); a person whose unit is outside every province (or who has no unit: the
 * installation's administrators) reaches them all. The access rule is the policy's `withinProvince`.
 */
import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../client.js';
import { units } from '../../schema/index.js';

/** The province of each unit asked for that exists (null: outside every province). */
export async function provincesOf(db: DbOrTx, unitIds: readonly string[]): Promise<Map<string, string | null>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .select({ id: units.id, provinceId: units.provinceId })
    .from(units)
    .where(inArray(units.id, [...new Set(unitIds)]));
  return new Map(rows.map((r) => [r.id, r.provinceId]));
}

/** A unit's province: the one an actor of that unit is kept to; null when they reach every province. */
export async function provinceOfUnit(db: DbOrTx, unitId: string | null): Promise<string | null> {
  if (!unitId) return null;
  return (await provincesOf(db, [unitId])).get(unitId) ?? null;
}

/**
 * A list's condition: `unitColumn` names a unit of the province or a shared one (none when the actor reaches
 * every province).
 */
export function inProvince(unitColumn: AnyPgColumn | SQL, provinceId: string | null): SQL | undefined {
  if (provinceId === null) return undefined;
  const reached = or(eq(units.provinceId, provinceId), isNull(units.provinceId));
  if (unitColumn === units.id) return reached;
  return sql`${unitColumn} IN (SELECT ${units.id} FROM ${units} WHERE ${reached})`;
}

/** A list's condition on a row that records its province (a plan, a programme): the province's or a shared one. */
export function ofProvince(provinceColumn: AnyPgColumn, provinceId: string | null): SQL | undefined {
  return provinceId === null ? undefined : or(eq(provinceColumn, provinceId), isNull(provinceColumn));
}

/**
 * A row of exactly this province (null: of none, shared): where a row is written once per province (one live plan,
 * one index result per tracker) or continues the same province's work.
 */
export function sameProvince(provinceColumn: AnyPgColumn, provinceId: string | null): SQL {
  return provinceId === null ? isNull(provinceColumn) : eq(provinceColumn, provinceId);
}

/** The ids of the units an actor of this unit reaches (their province's and the shared ones), or null: every unit. */
export async function unitsOfProvince(db: DbOrTx, actorUnitId: string | null): Promise<string[] | null> {
  const provinceId = await provinceOfUnit(db, actorUnitId);
  if (provinceId === null) return null;
  const rows = await db.select({ id: units.id }).from(units).where(inProvince(units.id, provinceId));
  return rows.map((row) => row.id);
}

/** The provinces of the installation (live units of kind province), by code. */
export async function provinceUnits(db: DbOrTx): Promise<{ id: string; code: string; name: string }[]> {
  return db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(and(eq(units.kind, 'province'), isNull(units.archivedAt)))
    .orderBy(units.code);
}
