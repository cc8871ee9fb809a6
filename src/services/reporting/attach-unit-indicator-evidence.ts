import type { UploadedFile } from '../../files/upload-content.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { storeUpload } from '../../db/queries/files/store-upload.js';
import { loadReportContext } from '../../db/queries/reporting/report-context.js';
import { notFound } from '../../domain/errors.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { unwrap } from '../unwrap.js';

/**
 * A unit's reporter attaches the evidence of its figure for a target (the register the numerator and the
 * denominator were counted from), checked by content as any evidence. The file is kept by putting its id in
 * the report's content (saved with the form); a submission writes it through to the unit's figure.
 */
export async function attachUnitIndicatorEvidence(
  ctx: ServiceContext,
  target: { periodId: string; unitId: string; indicatorId: string },
  upload: UploadedFile,
) {
  const actor = await authorize(ctx, 'unitWork.record', { unitId: target.unitId });
  const context = await loadReportContext(ctx.db, target.periodId, target.unitId);
  if (!context.indicators.some((i) => i.id === target.indicatorId)) throw notFound('chỉ tiêu của đơn vị trong kỳ');
  const type = unwrap(
    await readUploadOffThread({ kind: 'evidence', content: upload.content, fileName: upload.fileName }),
    'INVALID_EVIDENCE',
  );
  return ctx.db.transaction(async (tx) => {
    const file = await storeUpload(tx, ctx.files, actor, 'evidence', {
      content: upload.content,
      fileName: upload.fileName,
      contentType: type.mime,
    });
    await recordAudit(tx, actor, {
      action: 'planIndicator.attachUnitEvidence',
      entityId: target.indicatorId,
      after: {
        unitId: target.unitId,
        periodId: target.periodId,
        fileId: file.id,
        fileName: file.fileName,
        sizeBytes: file.sizeBytes,
      },
    });
    return { fileId: file.id, fileName: file.fileName, sizeBytes: file.sizeBytes };
  });
}
