import type { UploadedFile } from '../../files/upload-content.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { storeUpload } from '../../db/queries/files/store-upload.js';
import { followUpView } from '../../db/queries/registers/register-views.js';
import { registerFiles } from '../../db/schema/index.js';
import type { RegisterKey } from '../../domain/registers/index.js';
import { localDateOf } from '../../domain/text/format.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { unwrap } from '../unwrap.js';
import { lockOpenFollowUp, requireFollowUp } from './steps/load-follow-up.js';

/** Evidence of what the owing unit did, checked by content like every evidence file, while the follow-up is open. */
export async function addFollowUpEvidence(
  ctx: ServiceContext,
  register: RegisterKey,
  id: string,
  upload: UploadedFile,
) {
  const followUp = await requireFollowUp(ctx.db, register, id);
  const actor = await authorize(ctx, 'register.record', { unitId: followUp.unitId });
  const type = unwrap(
    await readUploadOffThread({ kind: 'evidence', content: upload.content, fileName: upload.fileName }),
    'INVALID_EVIDENCE',
  );
  await ctx.db.transaction(async (tx) => {
    await lockOpenFollowUp(tx, id);
    const file = await storeUpload(tx, ctx.files, actor, 'evidence', {
      content: upload.content,
      fileName: upload.fileName,
      contentType: type.mime,
    });
    const [link] = await tx
      .insert(registerFiles)
      .values({
        entryId: followUp.entryId,
        followUpId: id,
        fileId: file.id,
        createdBy: actor.userId,
        createdAt: ctx.now(),
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'registerFollowUp.addEvidence',
      entityId: id,
      after: { fileId: link!.id, fileName: upload.fileName, sizeBytes: upload.content.size },
    });
  });
  return (await followUpView(ctx.db, id, localDateOf(ctx.now())))!;
}
