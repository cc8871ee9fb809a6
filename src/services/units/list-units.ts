import { and, asc, count, desc, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { listUnitsQuery } from '../../contracts/units.js';
import { units } from '../../db/schema/index.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { toUnitSummary } from '../../db/queries/units/unit-mapping.js';
import { inProvince, provinceOfUnit } from '../../db/queries/units/province.js';

/** Hierarchy order: the province, its departments, districts, then communes. */
const KIND_ORDER = sql`array_position(ARRAY['province','department','district','commune','other']::text[], ${units.kind})`;

/** The directory is reference data every signed-in user needs (to pick cooperating units, read plans): their province's. */
export async function listUnits(ctx: ServiceContext, query: z.infer<typeof listUnitsQuery>) {
  const actor = await authorize(ctx, 'directory.read');
  const filters: SQL[] = [];
  const ownProvince = inProvince(units.id, await provinceOfUnit(ctx.db, actor.unitId));
  if (ownProvince) filters.push(ownProvince);
  if (!query.includeArchived) filters.push(isNull(units.archivedAt));
  if (query.kind) filters.push(eq(units.kind, query.kind));
  if (query.level) filters.push(eq(units.level, query.level));
  if (query.parentId) filters.push(eq(units.parentId, query.parentId));
  if (query.validAt) {
    filters.push(or(isNull(units.validFrom), lte(units.validFrom, query.validAt))!);
    filters.push(or(isNull(units.validTo), gte(units.validTo, query.validAt))!);
  }
  let rank: SQL | undefined;
  if (query.q) {
    // Diacritic-insensitive: "so tu phap" finds "Sở Tư pháp"; trigram similarity tolerates typos.
    const folded = foldVietnamese(query.q);
    const allNames = sql`fold_vi(${units.name} || ' ' || array_to_string(${units.shortNames} || ${units.aliases}, ' ') || ' ' || ${units.code})`;
    filters.push(sql`(${allNames} LIKE ${`%${folded}%`} OR word_similarity(${folded}, ${allNames}) > 0.5)`);
    rank = sql`word_similarity(${folded}, ${allNames})`;
  }
  const where = filters.length ? and(...filters) : undefined;
  const rows = await ctx.db
    .select()
    .from(units)
    .where(where)
    .orderBy(...(rank ? [desc(rank)] : []), KIND_ORDER, asc(units.name))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await ctx.db.select({ n: count() }).from(units).where(where);
  return { items: rows.map(toUnitSummary), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}
