import type { FileStore } from '../../files/file-store.js';

export interface MigrationCount {
  /** Files the target had not got, copied now. */
  copied: number;
  /** Files the target already held (copied by an earlier, interrupted run): not read again. */
  skipped: number;
}

/**
 * Copies every stored file from one store to the other (the data folder to the bucket, or back), so an
 * installation can move to several servers. Resumable: a key the target holds is skipped, which is safe because a
 * key names its bytes (evidence is content-addressed, other keys are never rewritten) and a store's put is whole or
 * absent. Nothing is deleted from the source; a database row keeps its key, so nothing else changes.
 */
export async function migrateFiles(
  from: FileStore,
  to: FileStore,
  onProgress?: (done: number, total: number) => void,
): Promise<MigrationCount> {
  const keys = await from.keys();
  const count: MigrationCount = { copied: 0, skipped: 0 };
  for (const [i, key] of keys.entries()) {
    if (await to.exists(key)) count.skipped += 1;
    else {
      await to.put(key, await from.get(key));
      count.copied += 1;
    }
    onProgress?.(i + 1, keys.length);
  }
  return count;
}
