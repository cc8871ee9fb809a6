import { loadDossierImport } from '../../db/queries/dossiers/dossier-imports.js';
import { enqueueJob, jobView } from '../../db/queries/jobs/job-queue.js';
import { AppError } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { DOSSIER_IMPORT_JOB } from './import-dossiers-job.js';

/**
 * The second step: queues the writing of a previewed file as a job with progress (large exports take
 * minutes). A file with refused rows changes nothing unless the coordinator accepts its valid rows.
 */
export async function commitDossierImport(ctx: ServiceContext, importId: string, input: { acceptValidRows: boolean }) {
  const actor = await authorize(ctx, 'dossiers.import', { dossierImportId: importId });
  return ctx.db.transaction(async (tx) => {
    const draft = await loadDossierImport(tx, importId);
    if (draft.status !== 'preview') throw new AppError('IMPORT_CLOSED');
    if (draft.invalidRows > 0 && !input.acceptValidRows)
      throw new AppError('DOSSIER_ROWS_INVALID', { count: draft.invalidRows });
    const job = await enqueueJob(tx, DOSSIER_IMPORT_JOB, { importId, fileName: draft.fileName }, actor, ctx.now());
    return jobView(job);
  });
}
