import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where http/read-body.ts receives an upload: `mkdtemp` adds six characters to this. */
export const UPLOAD_FOLDER_PREFIX = 'cchc-upload-';
const UPLOAD_FOLDER = /^cchc-upload-[A-Za-z0-9]{6}$/;

/**
 * An upload is received into its own temporary folder and removed once answered; a server killed in the middle
 * (SIGKILL, a power cut) leaves it behind. Several servers may share the temporary folder, so a folder is only
 * taken for abandoned when nothing in it has been written for longer than any upload can last (Node ends a
 * request after 5 minutes; an hour leaves room). Returns how many were removed.
 */
export async function sweepAbandonedUploads(folder = tmpdir(), olderThanMs = 60 * 60_000, now = Date.now()) {
  let removed = 0;
  for (const name of await readdir(folder).catch(() => [])) {
    if (!UPLOAD_FOLDER.test(name)) continue;
    const path = join(folder, name);
    const written = await lastWritten(path);
    if (written === null || now - written < olderThanMs) continue;
    await rm(path, { recursive: true, force: true });
    removed++;
  }
  return removed;
}

/** The newest modification time of the folder and what is in it; null if it is gone already. */
async function lastWritten(path: string): Promise<number | null> {
  try {
    const times = [(await stat(path)).mtimeMs];
    for (const name of await readdir(path)) times.push((await stat(join(path, name))).mtimeMs);
    return Math.max(...times);
  } catch {
    return null;
  }
}
