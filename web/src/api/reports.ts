import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { jobView, reportBuildView, reportDraft, type JobView } from '../../../src/contracts/reports.js';
import type { saveReportDraftRequest } from '../../../src/contracts/reports.js';
import { apiRequest } from './client.js';

export type ReportDraft = z.infer<typeof reportDraft>;
export type ReportDraftInput = z.input<typeof saveReportDraftRequest>;
export type ReportBuild = z.infer<typeof reportBuildView>;
export type { JobView };

export const reportsKeys = {
  draft: (periodId: string) => ['consolidated', periodId, 'draft'] as const,
  builds: (periodId: string) => ['consolidated', periodId, 'builds'] as const,
  job: (jobId: string) => ['jobs', jobId] as const,
};

const consolidated = (periodId: string) => `/periods/${periodId}/consolidated-report`;

export const reportDraftQuery = (periodId: string) =>
  queryOptions({ queryKey: reportsKeys.draft(periodId), queryFn: () => apiRequest(`${consolidated(periodId)}/draft`, reportDraft, { notify: false }) });

export const reportBuildsQuery = (periodId: string) =>
  queryOptions({ queryKey: reportsKeys.builds(periodId), queryFn: () => apiRequest(`${consolidated(periodId)}/builds`, z.array(reportBuildView)) });

export const isFinished = (job: JobView) => job.status === 'done' || job.status === 'failed';

/** A background job, asked again every half second until it is done or has failed. */
export const jobQuery = (jobId: string) =>
  queryOptions({
    queryKey: reportsKeys.job(jobId),
    queryFn: () => apiRequest(`/jobs/${jobId}`, jobView, { notify: false }),
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : 500),
  });

export function saveReportDraft(periodId: string, input: ReportDraftInput) {
  return apiRequest(`${consolidated(periodId)}/draft`, reportDraft, { method: 'PUT', body: input, notify: false });
}

/** Queues a build from the saved draft; the answer is the job to follow. */
export function startReportBuild(periodId: string) {
  return apiRequest(`${consolidated(periodId)}/builds`, jobView, { method: 'POST', notify: false });
}

export const reportBuildDownloadUrl = (buildId: string, format: 'docx' | 'xlsx') => `/api/report-builds/${buildId}/download?format=${format}`;

/** A unit's own report for a period as a Word document, to sign and file. */
export const unitReportDocxUrl = (periodId: string, unitId: string) => `/api/periods/${periodId}/units/${unitId}/report/docx`;
