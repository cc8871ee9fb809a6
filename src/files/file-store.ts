/**
 * Where uploaded bytes live: the local folder by default (local-file-store.ts), an S3-compatible bucket when
 * several app servers share files (s3-file-store.ts; chosen by configured-file-store.ts).
 */
/** A stored file as a download: its bytes as they are read (never all in memory at once) and how many there are. */
export interface StoredFileStream {
  stream: ReadableStream<Uint8Array>;
  size: number;
}

export interface FileStore {
  /** Writes (and flushes) the bytes before resolving, so a row pointing at them may be committed after. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The same from a file on disk (an upload received there), read as it is sent, never whole in memory. */
  putFile(key: string, path: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  /**
   * The file for a download, streamed: FILE_MISSING at once when there is none; the bytes are fetched only as the
   * stream is read (an answer never read holds no file or connection open).
   */
  open(key: string): Promise<StoredFileStream>;
  exists(key: string): Promise<boolean>;
  /** Every stored key (for backups); files still being written are not listed. */
  keys(): Promise<string[]>;
  /** Drops every stored file: a restore replaces them all with the archive's (after its data went in). */
  clear(): Promise<void>;
}

/**
 * A stream that opens its source on the first read and passes its chunks on one read at a time, so nothing is
 * held before the answer is sent and a slow client slows the reading (backpressure) instead of filling memory.
 */
export function openedOnRead(source: () => Promise<ReadableStream<Uint8Array>>): ReadableStream<Uint8Array> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        reader ??= (await source()).getReader();
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      async cancel(reason) {
        await reader?.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
