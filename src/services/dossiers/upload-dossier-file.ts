import type { UploadContent } from '../../files/upload-content.js';
import { dossierImports } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { loadDossierImportDetail, loadSourceMapping } from '../../db/queries/dossiers/dossier-imports.js';
import { storeUpload } from '../../db/queries/files/store-upload.js';
import { loadDirectory } from '../../db/queries/units/load-directory.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { readingSummary } from '../../readers/dossiers/read-dossier-file.js';

export interface UploadDossierInput {
  content: UploadContent;
  fileName: string;
  contentType: string;
  /** The system the export comes from: its saved column mapping is applied. */
  sourceName: string;
}

/**
 * The first step of a dossier import: reads the file through (nothing is written to the dossiers) and keeps
 * it with what was read — how many rows are valid, the refused ones with their reason, the columns not read.
 * The coordinator then commits it (`commitDossierImport`), accepting the valid rows if some were refused.
 */
export async function uploadDossierFile(ctx: ServiceContext, input: UploadDossierInput) {
  const actor = await authorize(ctx, 'dossiers.import');
  const provinceId = await provinceOfUnit(ctx.db, actor.unitId);
  const [directory, mapping] = await Promise.all([
    loadDirectory(ctx.db, provinceId),
    loadSourceMapping(ctx.db, input.sourceName),
  ]);
  // Read in a worker with its own memory and time limits, after the one content check of every upload.
  const reading = await readUploadOffThread({
    kind: 'dossiers',
    content: input.content,
    fileName: input.fileName,
    directory,
    mapping,
    asOf: localDateOf(ctx.now()),
  });
  return ctx.db.transaction(async (tx) => {
    const file = await storeUpload(tx, ctx.files, actor, 'dossiers', input);
    const [row] = await tx
      .insert(dossierImports)
      .values({
        sourceName: input.sourceName,
        fileName: input.fileName,
        sourceFileId: file.id,
        ...readingSummary(reading),
        createdBy: actor.userId,
        provinceId,
        createdAt: ctx.now(),
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'dossierImport.upload',
      entityId: row!.id,
      after: {
        fileName: input.fileName,
        sourceName: input.sourceName,
        validRows: reading.validRows,
        invalidRows: reading.invalidRows,
      },
    });
    return loadDossierImportDetail(tx, row!.id);
  });
}
