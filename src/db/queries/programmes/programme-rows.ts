/** Programmes with their yearly plans. */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { plans, programmes } from '../../schema/index.js';
import { ofProvince } from '../units/province.js';

/** The programmes asked for, or all (of the province given and the shared ones). */
export async function programmesWithPlans(db: DbOrTx, ids?: readonly string[], provinceId: string | null = null) {
  const rows = await db
    .select()
    .from(programmes)
    .where(and(ids ? inArray(programmes.id, [...ids]) : undefined, ofProvince(programmes.provinceId, provinceId)))
    .orderBy(asc(programmes.startYear), asc(programmes.name));
  if (!rows.length) return [];
  const members = await db
    .select({ id: plans.id, name: plans.name, year: plans.year, programmeId: plans.programmeId })
    .from(plans)
    .where(
      and(
        inArray(
          plans.programmeId,
          rows.map((r) => r.id),
        ),
        isNull(plans.archivedAt),
      ),
    )
    .orderBy(asc(plans.year), asc(plans.name));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    startYear: r.startYear,
    endYear: r.endYear,
    version: r.version,
    plans: members.filter((m) => m.programmeId === r.id).map(({ id, name, year }) => ({ id, name, year })),
  }));
}

export async function programmeWithPlans(db: DbOrTx, id: string) {
  const [row] = await programmesWithPlans(db, [id]);
  return row;
}

export const programmeById = (db: DbOrTx, id: string) => db.select().from(programmes).where(eq(programmes.id, id));
