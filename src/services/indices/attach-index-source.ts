import type { UploadedFile } from '../../files/upload-content.js';
import { eq } from 'drizzle-orm';
import { indexResults } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { storeUpload } from '../../db/queries/files/store-upload.js';
import { loadResult } from '../../db/queries/indices/index-rows.js';
import { notFound } from '../../domain/errors.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { unwrap } from '../unwrap.js';
import { resultViews } from './steps/result-view.js';

/** The document that published a result (the Ministry's decision, the report): checked by content, kept in the file store. */
export async function attachIndexSource(ctx: ServiceContext, resultId: string, upload: UploadedFile) {
  const actor = await authorize(ctx, 'indices.manage', { indexResultId: resultId });
  const type = unwrap(
    await readUploadOffThread({ kind: 'evidence', content: upload.content, fileName: upload.fileName }),
    'INVALID_EVIDENCE',
  );
  const row = await ctx.db.transaction(async (tx) => {
    const before = await loadResult(tx, resultId, true);
    if (!before || before.archivedAt) throw notFound('kết quả chỉ số');
    const file = await storeUpload(tx, ctx.files, actor, 'indices', {
      content: upload.content,
      fileName: upload.fileName,
      contentType: type.mime,
    });
    const [after] = await tx
      .update(indexResults)
      .set({ sourceFileId: file.id, version: before.version + 1 })
      .where(eq(indexResults.id, resultId))
      .returning();
    await recordAudit(tx, actor, {
      action: 'indexResult.attachSource',
      entityId: resultId,
      before: { sourceFileId: before.sourceFileId },
      after: { sourceFileId: file.id, fileName: file.fileName },
    });
    return after!;
  });
  return (await resultViews(ctx.db, [row]))[0]!;
}
