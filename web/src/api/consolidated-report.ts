import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type {
  JobView,
  reportBuildView,
  reportDraft,
  saveReportDraftRequest,
} from '../../../src/contracts/consolidated-report.js';
import { call, endpointUrl } from './client.js';

export type ReportDraft = z.infer<typeof reportDraft>;
export type ReportDraftInput = z.input<typeof saveReportDraftRequest>;
export type ReportBuild = z.infer<typeof reportBuildView>;
export type { JobView };

export const reportsKeys = {
  draft: (periodId: string) => ['consolidated', periodId, 'draft'] as const,
  builds: (periodId: string) => ['consolidated', periodId, 'builds'] as const,
  job: (jobId: string) => ['jobs', jobId] as const,
};

export const reportDraftQuery = (periodId: string) =>
  queryOptions({
    queryKey: reportsKeys.draft(periodId),
    queryFn: () => call(endpoints.getConsolidatedReportDraft, { params: { id: periodId } }, { notify: false }),
  });

export const reportBuildsQuery = (periodId: string) =>
  queryOptions({
    queryKey: reportsKeys.builds(periodId),
    queryFn: () => call(endpoints.listConsolidatedReportBuilds, { params: { id: periodId } }),
  });

export const isFinished = (job: JobView) => job.status === 'done' || job.status === 'failed';

/** A background job, asked again every half second until it is done or has failed. */
export const jobQuery = (jobId: string) =>
  queryOptions({
    queryKey: reportsKeys.job(jobId),
    queryFn: () => call(endpoints.getJob, { params: { id: jobId } }, { notify: false }),
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : 500),
  });

export function saveReportDraft(periodId: string, input: ReportDraftInput) {
  return call(endpoints.saveConsolidatedReportDraft, { params: { id: periodId }, body: input }, { notify: false });
}

/** Queues a build from the saved draft; the answer is the job to follow. */
export function startReportBuild(periodId: string) {
  return call(endpoints.requestConsolidatedReport, { params: { id: periodId } }, { notify: false });
}

export const reportBuildDownloadUrl = (buildId: string, format: 'docx' | 'xlsx') =>
  endpointUrl(endpoints.downloadConsolidatedReportBuild, { params: { id: buildId }, query: { format } });

/** A unit's own report for a period as a Word document, to sign and file. */
export const unitReportDocxUrl = (periodId: string, unitId: string) =>
  endpointUrl(endpoints.exportUnitReportDocx, { params: { periodId, unitId } });
