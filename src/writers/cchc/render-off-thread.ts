/**
 * Writes documents in worker threads (render-worker.ts), one per document, so the two files of a build
 * are written side by side on two cores and no request waits behind them.
 */
import { runOffThread } from '../../workers/off-thread.js';
import type { RenderJob } from './render-worker.js';

const WORKER = new URL('./render-worker.ts', import.meta.url);

export async function renderOffThread(job: RenderJob): Promise<Buffer> {
  const bytes = await runOffThread<Uint8Array>(WORKER, job, {
    errors: {
      timeout: () => new Error('Luồng soạn tài liệu quá thời gian.'),
      outOfMemory: () => new Error('Luồng soạn tài liệu hết bộ nhớ.'),
      crashed: (detail) => new Error(`Luồng soạn tài liệu dừng bất thường (${detail}).`),
    },
  });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
