import { eq } from 'drizzle-orm';
import { storedFileDownload } from '../../db/queries/files/stored-file-download.js';
import { registerFiles } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import type { RegisterKey } from '../../domain/registers/index.js';
import type { ServiceContext } from '../context.js';
import { authorizeEntryRead, entryUnitFor, requireEntry } from './steps/entry-access.js';

/** A file of an entry (or of one of its follow-ups), for whoever may read the entry. */
export async function downloadRegisterFile(ctx: ServiceContext, register: RegisterKey, fileLinkId: string) {
  const [link] = await ctx.db.select().from(registerFiles).where(eq(registerFiles.id, fileLinkId));
  if (!link) throw notFound('tệp');
  const entry = await requireEntry(ctx.db, register, link.entryId);
  await authorizeEntryRead(ctx, register, await entryUnitFor(ctx, entry));
  return storedFileDownload(ctx.db, ctx.files, link.fileId, 'tệp');
}
