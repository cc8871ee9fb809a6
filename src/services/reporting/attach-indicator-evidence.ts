import type { UploadedFile } from '../../files/upload-content.js';
import { eq } from 'drizzle-orm';
import { indicatorValues } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { storeUpload } from '../../db/queries/files/store-upload.js';
import { unwrap } from '../unwrap.js';
import { coordinatorValue } from '../../db/queries/reporting/coordinator-value.js';

const noValueYet = () => new AppError('NO_INDICATOR_VALUE');

/**
 * Attaches the evidence of a province-wide figure the coordinator entered (e.g. the extract from the
 * national public-service portal). Checked by content; a replaced file stays stored, and the audit
 * keeps which file the figure pointed at before.
 */
export async function attachIndicatorEvidence(
  ctx: ServiceContext,
  indicatorId: string,
  periodId: string,
  upload: UploadedFile,
) {
  const actor = await authorize(
    ctx,
    'indicator.enter',
    { indicatorId, periodId },
    'đính kèm minh chứng số liệu chỉ tiêu',
  );
  const type = unwrap(
    await readUploadOffThread({ kind: 'evidence', content: upload.content, fileName: upload.fileName }),
    'INVALID_EVIDENCE',
  );
  return ctx.db.transaction(async (tx) => {
    const before = await coordinatorValue(tx, indicatorId, periodId);
    if (!before) throw noValueYet();
    const file = await storeUpload(tx, ctx.files, actor, 'evidence', {
      content: upload.content,
      fileName: upload.fileName,
      contentType: type.mime,
    });
    const [after] = await tx
      .update(indicatorValues)
      .set({ evidenceFileId: file.id })
      .where(eq(indicatorValues.id, before.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'planIndicator.attachEvidence',
      entityId: indicatorId,
      before,
      after: { ...after!, fileName: file.fileName },
    });
    return {
      id: after!.id,
      value: after!.value,
      note: after!.note,
      evidence: { fileName: file.fileName, sizeBytes: file.sizeBytes },
    };
  });
}
