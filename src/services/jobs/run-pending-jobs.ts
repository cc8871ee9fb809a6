import type { Database } from '../../db/client.js';
import { AppError } from '../../domain/errors.js';
import type { FileStore } from '../../files/file-store.js';
import type { JobHandlers } from './job-context.js';
import { claimJob, failJob, finishJob, reportJobProgress } from '../../db/queries/jobs/job-queue.js';

/**
 * Runs queued jobs one after another until none is left (or `limit` have run). The server calls it on
 * a short interval (src/cli/job-worker.ts); tests call it directly. A failing job is marked failed with
 * its message and the next one runs. `handlers` says what code runs each kind of job (job-handlers.ts).
 */
export async function runPendingJobs(
  db: Database,
  files: FileStore,
  handlers: JobHandlers,
  options: { now?: () => Date; limit?: number } = {},
): Promise<{ ran: number; failed: number }> {
  const now = options.now ?? (() => new Date());
  let ran = 0;
  let failed = 0;
  while (ran < (options.limit ?? Infinity)) {
    const job = await claimJob(db, now());
    if (!job) break;
    ran++;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new AppError('UNKNOWN_JOB', { kind: job.kind });
      const result = await handler({
        db,
        files,
        now,
        job,
        progress: (percent, stage) => reportJobProgress(db, job.id, percent, stage, now()),
      });
      await finishJob(db, job.id, result, now());
    } catch (error) {
      failed++;
      const message =
        error instanceof AppError ? error.message : `Lỗi hệ thống: ${(error as Error).message ?? String(error)}`;
      await failJob(db, job.id, message, now());
    }
  }
  return { ran, failed };
}
