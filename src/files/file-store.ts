/**
 * Where uploaded bytes live. Local folder by default; an S3-compatible store can implement the same
 * interface when several app servers share files.
 */
export interface FileStore {
  /** Writes (and flushes) the bytes before resolving, so a row pointing at them may be committed after. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
  /** Every stored key (for backups); files still being written are not listed. */
  keys(): Promise<string[]>;
}
