import type { Database } from '../../db/client.js';
import type { FileStore } from '../../files/file-store.js';
import type { JobRow } from '../../db/queries/jobs/job-queue.js';

/** What a job's code gets: the stores, the clock, and a way to say how far it has gone. */
export interface JobContext {
  db: Database;
  files: FileStore;
  now: () => Date;
  job: JobRow;
  progress: (percent: number, stage: string) => Promise<void>;
}

/** The code of one kind of job; what it returns is kept as the job's result. */
export type JobHandler = (ctx: JobContext) => Promise<Record<string, unknown>>;

/** Job kind -> its code. */
export type JobHandlers = Readonly<Record<string, JobHandler>>;
