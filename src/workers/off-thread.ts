/**
 * Runs one module in a worker thread and answers with the first message it posts. Work that could take
 * long or much memory (reading an uploaded file, writing a report) runs there, so the server's event loop
 * keeps answering; a worker past its time is terminated, and one past its memory cap dies alone (V8
 * stops it with ERR_WORKER_OUT_OF_MEMORY) instead of taking the server with it. The worker loads
 * TypeScript through tsx, as the server itself does.
 */
import { Worker } from 'node:worker_threads';

export interface OffThreadOptions {
  /** Terminated after this long; the promise rejects with `errors.timeout()`. */
  timeoutMs?: number;
  /** V8's old-generation cap for the worker's heap. */
  maxMemoryMb?: number;
  errors: {
    timeout: () => Error;
    outOfMemory: () => Error;
    /** The worker failed without posting an answer. */
    crashed: (detail: string) => Error;
  };
}

export function runOffThread<T>(
  entry: URL,
  data: unknown,
  options: OffThreadOptions,
  transfer: ArrayBuffer[] = [],
): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, {
      workerData: data,
      transferList: transfer,
      execArgv: ['--import', 'tsx'],
      ...(options.maxMemoryMb
        ? { resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb, maxYoungGenerationSizeMb: 32 } }
        : {}),
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = options.timeoutMs
      ? setTimeout(() => {
          settle(() => reject(options.errors.timeout()));
          void worker.terminate();
        }, options.timeoutMs)
      : undefined;
    worker.once('message', (message: T) => settle(() => resolve(message)));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? options.errors.outOfMemory()
            : options.errors.crashed(error.message),
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(options.errors.crashed(`exit ${code}`))));
  });
}
