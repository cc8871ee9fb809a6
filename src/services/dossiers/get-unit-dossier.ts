import { loadUnitDossier } from '../../db/queries/dossiers/unit-dossiers.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/**
 * One dossier of a unit (the last step of the drill-down from a figure): its dates, how late, its channel and
 * the import it came from. A unit's reporter sees only their own unit's; the province-wide roles any unit's.
 */
export async function getUnitDossier(ctx: ServiceContext, unitId: string, code: string) {
  await authorize(ctx, 'dossiers.read', { unitId });
  return loadUnitDossier(ctx.db, unitId, code, ctx.now());
}
