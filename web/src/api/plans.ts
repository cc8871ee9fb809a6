import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { planActivitySchema, planIndicatorSchema } from '../../../src/contracts/plan.js';
import type { commitPlanImportRequest, reviseActivityRequest } from '../../../src/contracts/plans.js';
import { planDetail, planDiff, planImportDetail, planImportSummary, planSummary } from '../../../src/contracts/plans.js';
import { apiCall, apiRequest, apiUpload } from './client.js';

export type PlanActivity = z.infer<typeof planActivitySchema>;
export type PlanIndicator = z.infer<typeof planIndicatorSchema>;
export type PlanImportDetail = z.infer<typeof planImportDetail>;
export type PlanImportSummary = z.infer<typeof planImportSummary>;
export type PlanDetail = z.infer<typeof planDetail>;
export type PlanDiff = z.infer<typeof planDiff>;
export type ActivityRevision = Omit<z.input<typeof reviseActivityRequest>, 'version'>;

export const planKeys = {
  all: ['plans'] as const,
  list: ['plans', 'list'] as const,
  detail: (id: string, version?: number) => ['plans', 'detail', id, version ?? 'current'] as const,
  diff: (id: string, from: number, to: number) => ['plans', 'diff', id, from, to] as const,
  imports: ['plan-imports'] as const,
  importList: ['plan-imports', 'list'] as const,
  import: (id: string) => ['plan-imports', 'detail', id] as const,
};

export const planListQuery = queryOptions({ queryKey: planKeys.list, queryFn: () => apiRequest('/plans', z.array(planSummary)) });

export const planQuery = (id: string, version?: number) =>
  queryOptions({ queryKey: planKeys.detail(id, version), queryFn: () => apiRequest(`/plans/${id}`, planDetail, { query: { version } }) });

export const planDiffQuery = (id: string, from: number, to: number) =>
  queryOptions({ queryKey: planKeys.diff(id, from, to), queryFn: () => apiRequest(`/plans/${id}/diff`, planDiff, { query: { from, to } }) });

export const planImportListQuery = queryOptions({
  queryKey: planKeys.importList,
  queryFn: () => apiRequest('/plan-imports', z.array(planImportSummary)),
});

export const planImportQuery = (id: string) =>
  queryOptions({ queryKey: planKeys.import(id), queryFn: () => apiRequest(`/plan-imports/${id}`, planImportDetail, { notify: false }) });

/** Uploads a plan document; the answer is the draft to review. */
export function uploadPlanDocument(file: File, options: { basePlanId?: string; onProgress?: (sent: number) => void }) {
  const form = new FormData();
  form.set('file', file);
  return apiUpload('/plan-imports', planImportDetail, form, { query: { basePlanId: options.basePlanId }, notify: false, onProgress: options.onProgress });
}

export function reviseActivity(importId: string, activityId: string, version: number, revision: ActivityRevision) {
  return apiRequest(`/plan-imports/${importId}/activities/${encodeURIComponent(activityId)}`, planImportDetail, {
    method: 'PATCH',
    body: { ...revision, version },
    notify: false,
  });
}

export function commitPlanImport(importId: string, input: z.input<typeof commitPlanImportRequest>) {
  return apiRequest(`/plan-imports/${importId}/commit`, planDetail, { body: input, notify: false });
}

export function discardPlanImport(importId: string, reason: string) {
  return apiCall(`/plan-imports/${importId}/discard`, { body: { reason }, notify: false });
}
