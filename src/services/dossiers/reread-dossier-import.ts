import { contentOfBytes } from '../../files/upload-content.js';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import {
  loadDossierImport,
  loadDossierImportDetail,
  loadSourceMapping,
} from '../../db/queries/dossiers/dossier-imports.js';
import { loadDirectory } from '../../db/queries/units/load-directory.js';
import { dossierImports, storedFiles } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readingSummary } from '../../readers/dossiers/read-dossier-file.js';

/**
 * Reads an uploaded file again with its source's mapping as saved now (the coordinator has just mapped its
 * columns): the same stored file, nothing uploaded twice. Only a preview is read again; a written import is not.
 */
export async function rereadDossierImport(ctx: ServiceContext, importId: string) {
  const actor = await authorize(ctx, 'dossiers.import', { dossierImportId: importId });
  const draft = await loadDossierImport(ctx.db, importId);
  if (draft.status !== 'preview') throw new AppError('IMPORT_CLOSED');
  const [file] = draft.sourceFileId
    ? await ctx.db.select().from(storedFiles).where(eq(storedFiles.id, draft.sourceFileId))
    : [];
  if (!file) throw new AppError('FILE_MISSING');
  const [directory, mapping, bytes] = await Promise.all([
    loadDirectory(ctx.db, draft.provinceId),
    loadSourceMapping(ctx.db, draft.sourceName),
    ctx.files.get(file.storageKey),
  ]);
  const reading = await readUploadOffThread({
    kind: 'dossiers',
    content: contentOfBytes(bytes),
    fileName: draft.fileName,
    directory,
    mapping,
    asOf: localDateOf(ctx.now()),
  });
  return ctx.db.transaction(async (tx) => {
    // Written meanwhile by another tab: its counts stay as written.
    const current = await loadDossierImport(tx, importId);
    if (current.status !== 'preview') throw new AppError('IMPORT_CLOSED');
    await tx
      .update(dossierImports)
      .set({
        ...readingSummary(reading),
      })
      .where(eq(dossierImports.id, importId));
    await recordAudit(tx, actor, {
      action: 'dossierImport.reread',
      entityId: importId,
      after: { sourceName: draft.sourceName, validRows: reading.validRows, invalidRows: reading.invalidRows },
    });
    return loadDossierImportDetail(tx, importId);
  });
}
