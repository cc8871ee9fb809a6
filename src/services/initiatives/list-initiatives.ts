import type { z } from 'zod';
import type { initiativeList, initiativeListQuery } from '../../contracts/initiatives.js';
import { listInitiativeRows } from '../../db/queries/initiatives/initiative-rows.js';
import { reachesEverywhere } from '../../domain/access/policy.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';

/** Initiatives by year, status and unit, with the counts by status, of the actor's province; a unit's reporter sees its own and the recognised ones. */
export async function listInitiatives(
  ctx: ServiceContext,
  query: z.infer<typeof initiativeListQuery>,
): Promise<z.infer<typeof initiativeList>> {
  // A unit's reporter lists for their own unit (and the recognised ones), never another unit's.
  const actor = await authorize(ctx, 'initiative.read', { unitId: ctx.actor?.unitId ?? undefined });
  const narrowed = !reachesEverywhere(actor, 'unitData.read');
  const { items, total, counts } = await listInitiativeRows(
    ctx.db,
    {
      year: query.year,
      status: query.status,
      unitId: query.unitId,
      visibleToUnit: narrowed ? (actor.unitId ?? '00000000-0000-0000-0000-000000000000') : undefined,
      provinceId: await provinceOfUnit(ctx.db, actor.unitId),
    },
    query.page,
    query.pageSize,
  );
  return { items, total, counts, page: query.page, pageSize: query.pageSize };
}
