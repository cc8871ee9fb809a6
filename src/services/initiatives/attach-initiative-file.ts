import type { UploadedFile } from '../../files/upload-content.js';
import { eq } from 'drizzle-orm';
import type { InitiativeDetail } from '../../contracts/initiatives.js';
import { initiativeFiles, initiatives } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { storeUpload } from '../../db/queries/files/store-upload.js';
import { AppError } from '../../domain/errors.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { authorize } from '../access/authorize.js';
import type { Actor, ServiceContext } from '../context.js';
import { unwrap } from '../unwrap.js';
import { readInitiative } from './get-initiative.js';
import { loadInitiativeFor } from './load-initiative.js';

type Upload = UploadedFile;

/** Checks the file by its content (as evidence is) and stores it, in the caller's transaction. */
async function stored(ctx: ServiceContext, tx: Parameters<typeof storeUpload>[0], actor: Actor, upload: Upload) {
  const type = unwrap(
    await readUploadOffThread({ kind: 'evidence', content: upload.content, fileName: upload.fileName }),
    'INVALID_EVIDENCE',
  );
  return storeUpload(tx, ctx.files, actor, 'initiatives', { ...upload, contentType: type.mime });
}

/** The proposing unit adds a file to its proposal while it awaits the council. */
export async function addInitiativeFile(ctx: ServiceContext, id: string, upload: Upload): Promise<InitiativeDetail> {
  const actor = await authorize(
    ctx,
    'unitWork.record',
    { initiativeId: id },
    'bổ sung tệp cho sáng kiến của đơn vị khác',
  );
  await ctx.db.transaction(async (tx) => {
    await loadInitiativeFor(tx, id, 'addFile');
    const file = await stored(ctx, tx, actor, upload);
    await tx.insert(initiativeFiles).values({ initiativeId: id, fileId: file.id, addedBy: actor.userId });
    await recordAudit(tx, actor, {
      action: 'initiative.addFile',
      entityId: id,
      after: { fileName: upload.fileName, sizeBytes: upload.content.size },
    });
  });
  return readInitiative(ctx, actor, id);
}

/** The coordinator attaches the council's signed decision to a decided initiative. */
export async function attachDecisionFile(ctx: ServiceContext, id: string, upload: Upload): Promise<InitiativeDetail> {
  const actor = await authorize(ctx, 'initiative.decide');
  await ctx.db.transaction(async (tx) => {
    const row = await loadInitiativeFor(tx, id, 'decide');
    if (row.status === 'submitted') {
      throw new AppError('INITIATIVE_INVALID_STATE', {
        refusal: 'Hãy ghi quyết định của Hội đồng (số, ngày, kết quả) trước khi tải lên tệp quyết định.',
      });
    }
    const file = await stored(ctx, tx, actor, upload);
    await tx
      .update(initiatives)
      .set({ decisionFileId: file.id, version: row.version + 1 })
      .where(eq(initiatives.id, id));
    await recordAudit(tx, actor, {
      action: 'initiative.attachDecisionFile',
      entityId: id,
      after: { fileName: upload.fileName, sizeBytes: upload.content.size },
    });
  });
  return readInitiative(ctx, actor, id);
}
