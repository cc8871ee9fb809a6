import { buildConsolidatedReport, CONSOLIDATED_REPORT_JOB } from '../consolidated-report/build-consolidated-report.js';
import { DOSSIER_IMPORT_JOB, importDossiers } from '../dossiers/import-dossiers-job.js';
import type { JobHandlers } from './job-context.js';

/**
 * Every kind of queued job and the use case that runs it. The runner (run-pending-jobs.ts) is given this
 * list by whoever starts it (the server's job worker, tests, scripts), so it knows no job's code and the
 * use cases it runs can depend on the job types without a cycle. A new kind of job is added here.
 */
export const jobHandlers: JobHandlers = {
  [CONSOLIDATED_REPORT_JOB]: buildConsolidatedReport,
  [DOSSIER_IMPORT_JOB]: importDossiers,
};
