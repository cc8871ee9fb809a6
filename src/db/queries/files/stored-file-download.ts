import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { storedFiles } from '../../schema/index.js';
import type { FileStore } from '../../../files/file-store.js';
import { notFound } from '../../../domain/errors.js';

/**
 * A stored file as a download (the answer a route streams back), or NOT_FOUND naming `what` when there is no
 * such file. The caller has decided the file is the actor's to read.
 */
export async function storedFileDownload(
  db: DbOrTx,
  files: FileStore,
  fileId: string | null | undefined,
  what: string,
) {
  const [file] = fileId ? await db.select().from(storedFiles).where(eq(storedFiles.id, fileId)) : [];
  if (!file) throw notFound(what);
  return storedFileAnswer(files, file);
}

/** A `stored_files` row already read (joined to what names it) as a download, streamed from the store. */
export async function storedFileAnswer(files: FileStore, file: typeof storedFiles.$inferSelect) {
  return {
    kind: 'file' as const,
    ...(await files.open(file.storageKey)),
    fileName: file.fileName,
    contentType: file.contentType,
  };
}
