/**
 * An uploaded file's bytes as the use cases take them. A file sent over HTTP is received into a temporary file as
 * it arrives (http/read-body.ts), so the server never holds a whole upload: the upload readers open it in
 * their worker thread and the file store copies it from disk. The command line, the demo and the tests give the
 * bytes whole. A plain object, so it crosses to a worker thread as it is.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export type UploadSource = { path: string } | { bytes: Uint8Array };

export interface UploadContent {
  size: number;
  /** Hex SHA-256 of the bytes: their key in the file store. */
  sha256: string;
  source: UploadSource;
}

/** A file and the name its sender gave it. */
export interface UploadedFile {
  content: UploadContent;
  fileName: string;
}

export const contentOfBytes = (bytes: Uint8Array): UploadContent => ({
  size: bytes.length,
  sha256: createHash('sha256').update(bytes).digest('hex'),
  source: { bytes },
});

export const uploadOfBytes = (bytes: Uint8Array, fileName: string): UploadedFile => ({
  content: contentOfBytes(bytes),
  fileName,
});

/** The bytes whole: for a reader, in its worker thread, or a small file read on the spot. */
export async function readUploadContent(content: UploadContent): Promise<Uint8Array> {
  return 'bytes' in content.source ? content.source.bytes : new Uint8Array(await readFile(content.source.path));
}
