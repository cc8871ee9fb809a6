import type { UploadedFile } from '../../files/upload-content.js';
import { assignmentEvidence } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { storeUpload } from '../../db/queries/files/store-upload.js';
import { unwrap } from '../unwrap.js';
import { getAssignment } from './get-assignment.js';
import { loadAssignment } from './steps/load-assignment.js';
import { authorize } from '../access/authorize.js';
import { cancelledAssignment } from '../../domain/reporting/cancelled-assignment.js';

/** Attaches an evidence file, checked by content (not by name); the bytes are stored before the row. */
export async function addEvidence(ctx: ServiceContext, assignmentId: string, upload: UploadedFile) {
  const actor = await authorize(ctx, 'unitWork.record', { assignmentId: assignmentId });
  const row = await loadAssignment(ctx, assignmentId);
  if (row.a.cancelledAt) throw cancelledAssignment();
  const type = unwrap(
    await readUploadOffThread({ kind: 'evidence', content: upload.content, fileName: upload.fileName }),
    'INVALID_EVIDENCE',
  );
  await ctx.db.transaction(async (tx) => {
    const file = await storeUpload(tx, ctx.files, actor, 'evidence', {
      content: upload.content,
      fileName: upload.fileName,
      contentType: type.mime,
    });
    const [evidence] = await tx
      .insert(assignmentEvidence)
      .values({ assignmentId, fileId: file.id, createdBy: actor.userId })
      .returning();
    await recordAudit(tx, actor, {
      action: 'assignment.addEvidence',
      entityId: assignmentId,
      after: { evidenceId: evidence!.id, fileName: upload.fileName, sizeBytes: upload.content.size },
    });
  });
  return getAssignment(ctx, assignmentId);
}
