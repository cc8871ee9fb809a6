import type { UploadedFile } from '../../files/upload-content.js';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { storeUpload } from '../../db/queries/files/store-upload.js';
import { registerEntries, registerFiles } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { registerOf, type RegisterKey } from '../../domain/registers/index.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { unwrap } from '../unwrap.js';
import { getRegisterEntry } from './get-register-entry.js';
import { requireEntry, recordAction } from './steps/entry-access.js';

/**
 * A file for an entry, checked by content like every evidence file (the upload limits and checks): for one of
 * its file fields (the field then names it, a new upload replacing the old in the field; the old file is kept),
 * or, without a field, as further evidence.
 */
export async function addRegisterFile(
  ctx: ServiceContext,
  register: RegisterKey,
  id: string,
  field: string | undefined,
  upload: UploadedFile,
) {
  const entry = await requireEntry(ctx.db, register, id);
  const actor = await authorize(ctx, recordAction(register), { unitId: entry.unitId });
  const declaration = registerOf(register);
  if (field !== undefined && declaration.fields[field]?.kind !== 'file')
    throw new AppError('REGISTER_NO_FILE_FIELD', { register: declaration.name.vi, field });
  if (entry.cancelledAt) throw new AppError('REGISTER_ENTRY_CANCELLED');
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
    const now = ctx.now();
    const [link] = await tx
      .insert(registerFiles)
      .values({ entryId: id, field: field ?? null, fileId: file.id, createdBy: actor.userId, createdAt: now })
      .returning();
    if (field !== undefined) {
      const [current] = await tx.select().from(registerEntries).where(eq(registerEntries.id, id)).for('update');
      await tx
        .update(registerEntries)
        .set({
          fields: { ...current!.fields, [field]: link!.id },
          version: current!.version + 1,
          updatedBy: actor.userId,
          updatedAt: now,
        })
        .where(eq(registerEntries.id, id));
    }
    await recordAudit(tx, actor, {
      action: 'registerEntry.addFile',
      entityId: id,
      after: { fileId: link!.id, field: field ?? null, fileName: upload.fileName, sizeBytes: upload.content.size },
    });
  });
  return getRegisterEntry(ctx, register, id);
}
