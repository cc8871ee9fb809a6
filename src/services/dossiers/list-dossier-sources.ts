import { listDossierSources as selectDossierSources } from '../../db/queries/dossiers/dossier-imports.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** The systems dossier files come from, with their saved column mapping, for the import page to choose from. */
export async function listDossierSources(ctx: ServiceContext) {
  const actor = await authorize(ctx, 'dossiers.import');
  return selectDossierSources(ctx.db, await provinceOfUnit(ctx.db, actor.unitId));
}
