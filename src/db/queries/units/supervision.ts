/**
 * Where the three-level structure applies, a district (UBND cấp huyện) supervises the communes under it: it
 * plans and records their CCHC inspections as the province does for every unit.
 */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { units } from '../../schema/index.js';

/** Whether the unit is a district of the directory (its officers may inspect their communes). */
export async function isDistrict(db: DbOrTx, unitId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.kind, 'district')));
  return row !== undefined;
}

/** Whether `unitId` is a commune directly under the district `districtId`. */
export async function supervises(db: DbOrTx, districtId: string, unitId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.parentId, districtId), eq(units.kind, 'commune')));
  return row !== undefined && (await isDistrict(db, districtId));
}

/** The communes directly under a district (archived ones too: their past inspections stay readable). */
export async function supervisedUnitIds(db: DbOrTx, districtId: string): Promise<string[]> {
  if (!(await isDistrict(db, districtId))) return [];
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.parentId, districtId), eq(units.kind, 'commune')));
  return rows.map((r) => r.id);
}

/** The district directly over a commune, or null (a commune under the province, or not a commune). */
export async function districtOver(db: DbOrTx, unitId: string): Promise<string | null> {
  const [row] = await db
    .select({ parentId: units.parentId })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.kind, 'commune')));
  return row?.parentId && (await isDistrict(db, row.parentId)) ? row.parentId : null;
}
