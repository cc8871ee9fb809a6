import { listDossierImports as selectDossierImports } from '../../db/queries/dossiers/dossier-imports.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** The province's past dossier imports, newest first: file, source, who, when, rows. */
export async function listDossierImports(ctx: ServiceContext, page: { page: number; pageSize: number }) {
  const actor = await authorize(ctx, 'dossiers.import');
  return selectDossierImports(ctx.db, page, await provinceOfUnit(ctx.db, actor.unitId));
}
