import { loadDossierImportDetail } from '../../db/queries/dossiers/dossier-imports.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** A dossier import as previewed (and, once written, its counts), with the job writing it. */
export async function getDossierImport(ctx: ServiceContext, importId: string) {
  await authorize(ctx, 'dossiers.import', { dossierImportId: importId });
  return loadDossierImportDetail(ctx.db, importId);
}
