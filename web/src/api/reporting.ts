import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  addIssuedDocumentRequest,
  assignmentDetail,
  completenessQuery,
  listAssignmentsQuery,
  notificationSettingsBody,
  periodCompletenessReport,
  planIndicatorStatus,
  reportContent,
  reportDiff,
  returnReportRequest,
  unitReport,
  updateAssignmentRequest,
  markMilestoneRequest,
} from '../../../src/contracts/reporting.js';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import { call, endpointUrl, upload, type QueryParams } from './client.js';
import { planListQuery } from './plans.js';

export type AssignmentDetail = z.infer<typeof assignmentDetail>;
export type UnitReport = z.infer<typeof unitReport>;
export type ReportContent = z.infer<typeof reportContent>;
export type PeriodCompleteness = z.infer<typeof periodCompletenessReport>;
export type ReportDiff = z.infer<typeof reportDiff>;
export type NotificationSettings = z.infer<typeof notificationSettingsBody>;
export type CompletenessFilter = z.input<typeof completenessQuery>;
export type PlanIndicatorStatus = z.infer<typeof planIndicatorStatus>;

type AssignmentQuery = z.input<typeof listAssignmentsQuery>;

/** The filters the server reads (listAssignmentsQuery): a status or due filter it would refuse is a type error here. */
export interface AssignmentListParams extends QueryParams {
  planId?: string;
  unitId?: string;
  role?: AssignmentQuery['role'];
  status?: AssignmentQuery['status'];
  area?: string;
  due?: AssignmentQuery['due'];
  q?: string;
  page?: number;
  pageSize?: number;
}

export const reportingKeys = {
  assignments: ['assignments'] as const,
  assignmentList: (params: AssignmentListParams) => ['assignments', 'list', params] as const,
  assignment: (id: string) => ['assignments', 'detail', id] as const,
  plans: ['reporting', 'plans'] as const,
  periods: (planId: string) => ['reporting', 'periods', planId] as const,
  reports: ['reports'] as const,
  report: (periodId: string, unitId: string) => ['reports', periodId, unitId] as const,
  versions: (periodId: string, unitId: string) => ['reports', periodId, unitId, 'versions'] as const,
  compare: (periodId: string, unitId: string, from: number, to: number) =>
    ['reports', periodId, unitId, 'compare', from, to] as const,
  completeness: (periodId: string, filter: CompletenessFilter) =>
    ['reports', 'completeness', periodId, filter] as const,
  targets: (planId: string, periodId: string) => ['reports', 'targets', planId, periodId] as const,
  notifications: ['notifications'] as const,
  notificationSettings: ['notifications', 'settings'] as const,
};

export const assignmentListQuery = (params: AssignmentListParams) =>
  queryOptions({
    queryKey: reportingKeys.assignmentList(params),
    queryFn: () => call(endpoints.listAssignments, { query: params }),
    placeholderData: keepPreviousData,
  });

export const assignmentQuery = (id: string) =>
  queryOptions({
    queryKey: reportingKeys.assignment(id),
    queryFn: () => call(endpoints.getAssignment, { params: { id } }, { notify: false }),
  });

/** The committed plans, to choose what to work on and report against. */
export const committedPlansQuery = queryOptions({
  queryKey: reportingKeys.plans,
  // The plans' own list (one declaration of the endpoint, one cache entry), without the archived ones.
  queryFn: async ({ client }) => (await client.fetchQuery(planListQuery)).filter((plan) => !plan.archived),
});

export const periodsQuery = (planId: string) =>
  queryOptions({
    queryKey: reportingKeys.periods(planId),
    queryFn: () => call(endpoints.listPlanPeriods, { params: { id: planId } }),
  });

export const unitReportQuery = (periodId: string, unitId: string) =>
  queryOptions({
    queryKey: reportingKeys.report(periodId, unitId),
    queryFn: () => call(endpoints.getUnitReport, { params: { periodId, unitId } }, { notify: false }),
  });

export const reportVersionsQuery = (periodId: string, unitId: string) =>
  queryOptions({
    queryKey: reportingKeys.versions(periodId, unitId),
    queryFn: () => call(endpoints.listUnitReportVersions, { params: { periodId, unitId } }),
  });

export const reportCompareQuery = (periodId: string, unitId: string, from: number, to: number) =>
  queryOptions({
    queryKey: reportingKeys.compare(periodId, unitId, from, to),
    queryFn: () => call(endpoints.compareUnitReportVersions, { params: { periodId, unitId }, query: { from, to } }),
  });

export const completenessQueryOptions = (periodId: string, filter: CompletenessFilter) =>
  queryOptions({
    queryKey: reportingKeys.completeness(periodId, filter),
    queryFn: () => call(endpoints.getPeriodCompleteness, { params: { id: periodId }, query: filter }),
    // Keep the figures on screen while a filter changes, never another period's under this one's title.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === periodId ? previous : undefined),
  });

export const notificationsQuery = queryOptions({
  queryKey: reportingKeys.notifications,
  queryFn: () => call(endpoints.listMyNotifications, {}, { notify: false }),
  // The bell stays on screen: look for news now and then.
  refetchInterval: 60_000,
});

export const notificationSettingsQuery = queryOptions({
  queryKey: reportingKeys.notificationSettings,
  queryFn: () => call(endpoints.getMyNotificationSettings, {}),
});

export function updateAssignment(id: string, input: z.input<typeof updateAssignmentRequest>) {
  return call(endpoints.updateAssignment, { params: { id }, body: input }, { notify: false });
}

export function markMilestone(id: string, milestoneId: string, input: z.input<typeof markMilestoneRequest>) {
  return call(endpoints.markAssignmentMilestone, { params: { id, milestoneId }, body: input });
}

export function uploadEvidence(assignmentId: string, file: File, onProgress: (sent: number) => void) {
  const form = new FormData();
  form.set('file', file);
  return upload(endpoints.uploadAssignmentEvidence, { params: { id: assignmentId } }, form, {
    notify: false,
    onProgress,
  });
}

export const evidenceUrl = (evidenceId: string) =>
  endpointUrl(endpoints.downloadAssignmentEvidence, { params: { id: evidenceId } });

export function withdrawEvidence(evidenceId: string, reason: string) {
  return call(
    endpoints.withdrawAssignmentEvidence,
    { params: { id: evidenceId }, body: { reason } },
    { notify: false },
  );
}

export const planTargetsQuery = (planId: string, periodId: string) =>
  queryOptions({
    queryKey: reportingKeys.targets(planId, periodId),
    queryFn: () => call(endpoints.listPlanIndicators, { params: { id: planId }, query: { periodId } }),
  });

/** The figure catalogue's definitions (to choose the figure a target is measured by). */
export const figureCatalogueQuery = queryOptions({
  queryKey: ['figures', 'catalogue'] as const,
  queryFn: () => call(endpoints.getFigureCatalogue, {}),
  staleTime: Infinity,
});

/** Confirms, changes (a catalogue key) or clears (null) the figure a plan target is measured by. */
export function linkIndicatorFigure(indicatorId: string, figureKey: string | null) {
  return call(endpoints.linkIndicatorFigure, { params: { id: indicatorId }, body: { figureKey } }, { notify: false });
}

/** A unit's evidence of its figure for a target of its report (kept once the form names it and is saved). */
export function uploadUnitIndicatorEvidence(periodId: string, unitId: string, indicatorId: string, file: File) {
  const form = new FormData();
  form.set('file', file);
  return upload(endpoints.attachUnitIndicatorEvidence, { params: { periodId, unitId, indicatorId } }, form, {
    notify: false,
  });
}

export const unitIndicatorEvidenceUrl = (periodId: string, unitId: string, indicatorId: string, fileId: string) =>
  endpointUrl(endpoints.downloadUnitIndicatorEvidence, {
    params: { periodId, unitId, indicatorId },
    query: { fileId },
  });

export function enterIndicatorValue(indicatorId: string, periodId: string, value: number, note: string) {
  return call(
    endpoints.enterIndicatorValue,
    { params: { id: indicatorId }, body: { periodId, value, note } },
    { notify: false },
  );
}

export function uploadIndicatorEvidence(indicatorId: string, periodId: string, file: File) {
  const form = new FormData();
  form.set('file', file);
  return upload(endpoints.attachIndicatorEvidence, { params: { id: indicatorId }, query: { periodId } }, form, {
    notify: false,
  });
}

export const indicatorEvidenceUrl = (indicatorId: string, periodId: string) =>
  endpointUrl(endpoints.downloadIndicatorEvidence, { params: { id: indicatorId }, query: { periodId } });

export function addIssuedDocument(assignmentId: string, input: z.input<typeof addIssuedDocumentRequest>) {
  return call(endpoints.addIssuedDocument, { params: { id: assignmentId }, body: input }, { notify: false });
}

export function saveReport(periodId: string, unitId: string, version: number, content: ReportContent) {
  return call(
    endpoints.saveUnitReport,
    { params: { periodId, unitId }, body: { version, content } },
    { notify: false },
  );
}

export type ReportAction =
  | { type: 'submit' | 'accept' }
  | ({ type: 'return' } & Omit<z.input<typeof returnReportRequest>, 'version'>)
  | { type: 'reopen'; reason: string };

export function actOnReport(periodId: string, unitId: string, version: number, action: ReportAction) {
  const params = { periodId, unitId };
  const options = { notify: false };
  switch (action.type) {
    case 'submit':
      return call(endpoints.submitUnitReport, { params, body: { version } }, options);
    case 'accept':
      return call(endpoints.acceptUnitReport, { params, body: { version } }, options);
    case 'return':
      return call(
        endpoints.returnUnitReport,
        { params, body: { version, overallComment: action.overallComment, itemComments: action.itemComments } },
        options,
      );
    case 'reopen':
      return call(endpoints.reopenUnitReport, { params, body: { version, reason: action.reason } }, options);
  }
}

export function remindLateUnits(periodId: string) {
  return call(endpoints.remindLateUnits, { params: { id: periodId } }, { notify: false });
}

export function markNotificationRead(id: string) {
  return call(endpoints.markNotificationRead, { params: { id } });
}

export function updateNotificationSettings(settings: NotificationSettings) {
  return call(endpoints.updateMyNotificationSettings, { body: settings }, { notify: false });
}
