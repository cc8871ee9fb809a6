import { listDossierImports as selectDossierImports } from '../../db/queries/dossiers/dossier-imports.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** Past dossier imports, newest first: file, source, who, when, rows. */
export async function listDossierImports(ctx: ServiceContext, page: { page: number; pageSize: number }) {
  await authorize(ctx, 'dossiers.import');
  return selectDossierImports(ctx.db, page);
}
