/**
 * Where uploaded bytes live: the local folder by default (local-file-store.ts), an S3-compatible bucket when
 * several app servers share files (s3-file-store.ts; chosen by configured-file-store.ts).
 */
export interface FileStore {
  /** Writes (and flushes) the bytes before resolving, so a row pointing at them may be committed after. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
  /** Every stored key (for backups); files still being written are not listed. */
  keys(): Promise<string[]>;
  /** Drops every stored file: a restore replaces them all with the archive's (after its data went in). */
  clear(): Promise<void>;
}
