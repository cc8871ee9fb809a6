import type { Database } from '../../db/client.js';
import { AppError } from '../../domain/errors.js';
import type { FileStore } from '../../files/file-store.js';
import { buildConsolidatedReport, CONSOLIDATED_REPORT_JOB } from '../reports/build-consolidated-report.js';
import { claimJob, failJob, finishJob, reportJobProgress, type JobRow } from './job-queue.js';

/** What a job's code gets: the stores, the clock, and a way to say how far it has gone. */
export interface JobContext {
  db: Database;
  files: FileStore;
  now: () => Date;
  job: JobRow;
  progress: (percent: number, stage: string) => Promise<void>;
}

type JobHandler = (ctx: JobContext) => Promise<Record<string, unknown>>;

const HANDLERS: Record<string, JobHandler> = {
  [CONSOLIDATED_REPORT_JOB]: buildConsolidatedReport,
};

/**
 * Runs queued jobs one after another until none is left (or `limit` have run). The server calls it on
 * a short interval (src/cli/job-worker.ts); tests call it directly. A failing job is marked failed with
 * its message and the next one runs.
 */
export async function runPendingJobs(db: Database, files: FileStore, options: { now?: () => Date; limit?: number } = {}): Promise<{ ran: number; failed: number }> {
  const now = options.now ?? (() => new Date());
  let ran = 0;
  let failed = 0;
  while (ran < (options.limit ?? Infinity)) {
    const job = await claimJob(db, now());
    if (!job) break;
    ran++;
    const handler = HANDLERS[job.kind];
    try {
      if (!handler) throw new AppError('UNKNOWN_JOB', `Không có cách xử lý loại công việc "${job.kind}".`);
      const result = await handler({ db, files, now, job, progress: (percent, stage) => reportJobProgress(db, job.id, percent, stage, now()) });
      await finishJob(db, job.id, result, now());
    } catch (error) {
      failed++;
      const message = error instanceof AppError ? error.message : `Lỗi hệ thống: ${(error as Error).message ?? String(error)}`;
      await failJob(db, job.id, message, now());
    }
  }
  return { ran, failed };
}
