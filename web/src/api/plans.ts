import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type { planActivitySchema, planDutySchema, planIndicatorSchema } from '../../../src/contracts/plan-file.js';
import type {
  commitPlanImportRequest,
  decideDutyRequest,
  columnMappingSchema,
  planDetail,
  planDiff,
  planImportDetail,
  planImportSummary,
  reviseActivityRequest,
} from '../../../src/contracts/plans.js';
import { call, upload } from './client.js';

export type PlanActivity = z.infer<typeof planActivitySchema>;
export type PlanIndicator = z.infer<typeof planIndicatorSchema>;
export type PlanDuty = z.infer<typeof planDutySchema>;
export type PlanImportDetail = z.infer<typeof planImportDetail>;
export type PlanImportSummary = z.infer<typeof planImportSummary>;
export type PlanDetail = z.infer<typeof planDetail>;
export type PlanDiff = z.infer<typeof planDiff>;
export type ColumnMapping = z.infer<typeof columnMappingSchema>;
export type PlanReading = NonNullable<PlanImportDetail['reading']>;
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

export const planListQuery = queryOptions({ queryKey: planKeys.list, queryFn: () => call(endpoints.listPlans, {}) });

export const planQuery = (id: string, version?: number) =>
  queryOptions({
    queryKey: planKeys.detail(id, version),
    queryFn: () => call(endpoints.getPlan, { params: { id }, query: { version } }),
  });

export const planDiffQuery = (id: string, from: number, to: number) =>
  queryOptions({
    queryKey: planKeys.diff(id, from, to),
    queryFn: () => call(endpoints.diffPlanVersions, { params: { id }, query: { from, to } }),
  });

export const planImportListQuery = queryOptions({
  queryKey: planKeys.importList,
  queryFn: () => call(endpoints.listPlanImports, {}),
});

export const planImportQuery = (id: string) =>
  queryOptions({
    queryKey: planKeys.import(id),
    queryFn: () => call(endpoints.getPlanImport, { params: { id } }, { notify: false }),
  });

/** Uploads a plan document; the answer is the draft to review. */
export function uploadPlanDocument(file: File, options: { basePlanId?: string; onProgress?: (sent: number) => void }) {
  const form = new FormData();
  form.set('file', file);
  return upload(endpoints.uploadPlanDocument, { query: { basePlanId: options.basePlanId } }, form, {
    notify: false,
    onProgress: options.onProgress,
  });
}

export function reviseActivity(importId: string, activityId: string, version: number, revision: ActivityRevision) {
  return call(
    endpoints.revisePlanImportActivity,
    { params: { id: importId, activityId }, body: { ...revision, version } },
    { notify: false },
  );
}

export function decideDuty(importId: string, dutyId: string, input: z.input<typeof decideDutyRequest>) {
  return call(endpoints.decidePlanImportDuty, { params: { id: importId, dutyId }, body: input });
}

/** Says which column of the appendix is which: the server reads the stored document again with it. */
export function mapPlanImportColumns(importId: string, version: number, mapping: ColumnMapping) {
  return call(
    endpoints.mapPlanImportColumns,
    { params: { id: importId }, body: { version, mapping } },
    { notify: false },
  );
}

export function commitPlanImport(importId: string, input: z.input<typeof commitPlanImportRequest>) {
  return call(endpoints.commitPlanImport, { params: { id: importId }, body: input }, { notify: false });
}

export function discardPlanImport(importId: string, reason: string) {
  return call(endpoints.discardPlanImport, { params: { id: importId }, body: { reason } }, { notify: false });
}
