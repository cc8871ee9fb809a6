import { dossierImportView, loadDossierImport } from '../../db/queries/dossiers/dossier-imports.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** A dossier import as previewed (and, once written, its counts). */
export async function getDossierImport(ctx: ServiceContext, importId: string) {
  await authorize(ctx, 'dossiers.import');
  return dossierImportView(await loadDossierImport(ctx.db, importId));
}
