import { listUnitDossiers as selectUnitDossiers } from '../../db/queries/dossiers/unit-dossiers.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export interface UnitDossierQuery {
  from?: string | undefined;
  to?: string | undefined;
  lateWithoutApology: boolean;
  page: number;
  pageSize: number;
}

/** End of a local day (Vietnam, UTC+7) as an instant: a dossier open then is judged on that day. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59.999+07:00`);

/**
 * A unit's dossiers (the drill-down from a figure), e.g. its late dossiers without an apology. A unit's
 * reporter sees only their own unit's; the province-wide roles see any unit's.
 */
export async function listUnitDossiers(ctx: ServiceContext, unitId: string, query: UnitDossierQuery) {
  await authorize(ctx, 'dossiers.read', { unitId });
  const now = ctx.now();
  const judgedAt = query.to && endOfDay(query.to) < now ? endOfDay(query.to) : now;
  return selectUnitDossiers(ctx.db, { unitId, ...query, judgedAt });
}
