import { asc } from 'drizzle-orm';
import { units } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { inProvince, provinceOfUnit } from '../../db/queries/units/province.js';

/** The actor's province's hierarchy as a flat list (a few hundred units); the browser builds the tree. */
export async function getUnitTree(ctx: ServiceContext) {
  const actor = await authorize(ctx, 'directory.read');
  const rows = await ctx.db
    .select({
      id: units.id,
      parentId: units.parentId,
      name: units.name,
      kind: units.kind,
      level: units.level,
      archivedAt: units.archivedAt,
      validTo: units.validTo,
    })
    .from(units)
    .where(inProvince(units.id, await provinceOfUnit(ctx.db, actor.unitId)))
    .orderBy(asc(units.name));
  return { nodes: rows.map(({ archivedAt, ...node }) => ({ ...node, archived: archivedAt !== null })) };
}
