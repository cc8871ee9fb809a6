import type { DbOrTx } from '../../client.js';
import { storedFiles } from '../../schema/index.js';
import type { FileStore } from '../../../files/file-store.js';
import type { UploadContent } from '../../../files/upload-content.js';
import type { Actor } from '../../../services/context.js';

export interface Upload {
  content: UploadContent;
  fileName: string;
  contentType: string;
}

/**
 * Keeps the bytes (content-addressed: rows of the same content share them) and records them in `tx`.
 * The bytes are flushed before the row exists, so a committed row always has its file.
 */
export async function storeUpload(tx: DbOrTx, files: FileStore, actor: Actor | null, prefix: string, upload: Upload) {
  const { sha256, size, source } = upload.content;
  const storageKey = `${prefix}/${sha256.slice(0, 2)}/${sha256}`;
  if (!(await files.exists(storageKey))) {
    if ('path' in source) await files.putFile(storageKey, source.path);
    else await files.put(storageKey, source.bytes);
  }
  const [row] = await tx
    .insert(storedFiles)
    .values({
      storageKey,
      fileName: upload.fileName.slice(0, 255),
      contentType: upload.contentType || 'application/octet-stream',
      sizeBytes: size,
      sha256,
      uploadedBy: actor?.userId ?? null,
    })
    .returning();
  return row!;
}
