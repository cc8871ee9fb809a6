/**
 * Writes documents in worker threads (render-worker.ts), one per document, so the two files of a build
 * are written side by side on two cores and no request waits behind them. The worker loads TypeScript
 * through tsx, as the server itself does.
 */
import { Worker } from 'node:worker_threads';
import type { RenderJob } from './render-worker.js';

const WORKER = new URL('./render-worker.ts', import.meta.url);

export function renderOffThread(job: RenderJob): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: job, execArgv: ['--import', 'tsx'] });
    let done = false;
    worker.once('message', (bytes: Uint8Array) => {
      done = true;
      resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`Luồng soạn tài liệu dừng bất thường (mã ${code}).`));
    });
  });
}
