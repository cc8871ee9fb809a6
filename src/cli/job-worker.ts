import type { Logger } from 'pino';
import type { Database } from '../db/client.js';
import type { FileStore } from '../files/file-store.js';
import { loggableError } from '../http/log-error.js';
import { runPendingJobs } from '../services/jobs/run-pending-jobs.js';
import { jobHandlers } from '../services/jobs/job-handlers.js';

/**
 * Runs queued jobs (report builds) every `intervalMs` inside the server process, one tick at a time.
 * Jobs are claimed with SKIP LOCKED, so every app server may run a worker. Returns a stop function.
 */
export function startJobWorker(
  db: Database,
  files: FileStore,
  logger: Logger,
  intervalMs = Number(process.env.CCHC_JOB_POLL_MS ?? 2_000),
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { ran, failed } = await runPendingJobs(db, files, jobHandlers);
      if (ran) logger.info({ ran, failed }, 'đã xử lý công việc nền');
    } catch (error) {
      // Not the error as it is: a database error quotes the report's content (src/http/log-error.ts).
      logger.error(loggableError(error), 'xử lý công việc nền thất bại');
    } finally {
      running = false;
    }
  };
  const every = setInterval(tick, intervalMs);
  every.unref();
  return () => clearInterval(every);
}
