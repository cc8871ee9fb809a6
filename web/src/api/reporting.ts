import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { planSummary } from '../../../src/contracts/plans.js';
import type {
  addIssuedDocumentRequest,
  completenessQuery,
  reportContent,
  returnReportRequest,
  updateAssignmentRequest,
} from '../../../src/contracts/reporting.js';
import {
  assignmentDetail,
  assignmentPage,
  indicatorValueView,
  notificationItem,
  notificationSettingsBody,
  periodCompletenessReport,
  periodSummary,
  planIndicatorStatus,
  reportDiff,
  remindResult,
  reportVersionSummary,
  unitReport,
} from '../../../src/contracts/reporting.js';
import { apiCall, apiRequest, apiUpload, type QueryParams } from './client.js';

export type AssignmentDetail = z.infer<typeof assignmentDetail>;
export type UnitReport = z.infer<typeof unitReport>;
export type ReportContent = z.infer<typeof reportContent>;
export type PeriodCompleteness = z.infer<typeof periodCompletenessReport>;
export type ReportDiff = z.infer<typeof reportDiff>;
export type NotificationSettings = z.infer<typeof notificationSettingsBody>;
export type CompletenessFilter = z.input<typeof completenessQuery>;
export type PlanIndicatorStatus = z.infer<typeof planIndicatorStatus>;

export interface AssignmentListParams extends QueryParams {
  planId?: string;
  status?: string;
  area?: string;
  due?: string;
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
  compare: (periodId: string, unitId: string, from: number, to: number) => ['reports', periodId, unitId, 'compare', from, to] as const,
  completeness: (periodId: string, filter: CompletenessFilter) => ['reports', 'completeness', periodId, filter] as const,
  targets: (planId: string, periodId: string) => ['reports', 'targets', planId, periodId] as const,
  notifications: ['notifications'] as const,
  notificationSettings: ['notifications', 'settings'] as const,
};

export const assignmentListQuery = (params: AssignmentListParams) =>
  queryOptions({
    queryKey: reportingKeys.assignmentList(params),
    queryFn: () => apiRequest('/assignments', assignmentPage, { query: params }),
    placeholderData: keepPreviousData,
  });

export const assignmentQuery = (id: string) =>
  queryOptions({ queryKey: reportingKeys.assignment(id), queryFn: () => apiRequest(`/assignments/${id}`, assignmentDetail, { notify: false }) });

/** The committed plans, to choose what to work on and report against. */
export const committedPlansQuery = queryOptions({
  queryKey: reportingKeys.plans,
  queryFn: async () => (await apiRequest('/plans', z.array(planSummary))).filter((plan) => !plan.archived),
});

export const periodsQuery = (planId: string) =>
  queryOptions({ queryKey: reportingKeys.periods(planId), queryFn: () => apiRequest(`/plans/${planId}/periods`, z.array(periodSummary)) });

const reportPath = (periodId: string, unitId: string) => `/periods/${periodId}/units/${unitId}/report`;

export const unitReportQuery = (periodId: string, unitId: string) =>
  queryOptions({ queryKey: reportingKeys.report(periodId, unitId), queryFn: () => apiRequest(reportPath(periodId, unitId), unitReport, { notify: false }) });

export const reportVersionsQuery = (periodId: string, unitId: string) =>
  queryOptions({
    queryKey: reportingKeys.versions(periodId, unitId),
    queryFn: () => apiRequest(`${reportPath(periodId, unitId)}/versions`, z.array(reportVersionSummary)),
  });

export const reportCompareQuery = (periodId: string, unitId: string, from: number, to: number) =>
  queryOptions({
    queryKey: reportingKeys.compare(periodId, unitId, from, to),
    queryFn: () => apiRequest(`${reportPath(periodId, unitId)}/compare`, reportDiff, { query: { from, to } }),
  });

export const completenessQueryOptions = (periodId: string, filter: CompletenessFilter) =>
  queryOptions({
    queryKey: reportingKeys.completeness(periodId, filter),
    queryFn: () => apiRequest(`/periods/${periodId}/completeness`, periodCompletenessReport, { query: { ...filter } }),
    // Keep the figures on screen while a filter changes, never another period's under this one's title.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === periodId ? previous : undefined),
  });

export const notificationsQuery = queryOptions({
  queryKey: reportingKeys.notifications,
  queryFn: () => apiRequest('/notifications', z.array(notificationItem), { notify: false }),
  // The bell stays on screen: look for news now and then.
  refetchInterval: 60_000,
});

export const notificationSettingsQuery = queryOptions({
  queryKey: reportingKeys.notificationSettings,
  queryFn: () => apiRequest('/me/notification-settings', notificationSettingsBody),
});

export function updateAssignment(id: string, input: z.input<typeof updateAssignmentRequest>) {
  return apiRequest(`/assignments/${id}`, assignmentDetail, { method: 'PATCH', body: input, notify: false });
}

export function uploadEvidence(assignmentId: string, file: File, onProgress: (sent: number) => void) {
  const form = new FormData();
  form.set('file', file);
  return apiUpload(`/assignments/${assignmentId}/evidence`, assignmentDetail, form, { notify: false, onProgress });
}

export const evidenceUrl = (evidenceId: string) => `/api/evidence/${evidenceId}`;

export function withdrawEvidence(evidenceId: string, reason: string) {
  return apiRequest(`/evidence/${evidenceId}/withdraw`, assignmentDetail, { method: 'POST', body: { reason }, notify: false });
}

export const planTargetsQuery = (planId: string, periodId: string) =>
  queryOptions({
    queryKey: reportingKeys.targets(planId, periodId),
    queryFn: () => apiRequest(`/plans/${planId}/indicators`, z.array(planIndicatorStatus), { query: { periodId } }),
  });

export function enterIndicatorValue(indicatorId: string, periodId: string, value: number, note: string) {
  return apiRequest(`/indicators/${indicatorId}/value`, indicatorValueView, { method: 'PUT', body: { periodId, value, note }, notify: false });
}

export function uploadIndicatorEvidence(indicatorId: string, periodId: string, file: File) {
  const form = new FormData();
  form.set('file', file);
  return apiUpload(`/indicators/${indicatorId}/value/evidence`, indicatorValueView, form, { notify: false, query: { periodId } });
}

export const indicatorEvidenceUrl = (indicatorId: string, periodId: string) => `/api/indicators/${indicatorId}/value/evidence?periodId=${periodId}`;

export function addIssuedDocument(assignmentId: string, input: z.input<typeof addIssuedDocumentRequest>) {
  return apiRequest(`/assignments/${assignmentId}/documents`, assignmentDetail, { body: input, notify: false });
}

export function saveReport(periodId: string, unitId: string, version: number, content: ReportContent) {
  return apiRequest(reportPath(periodId, unitId), unitReport, { method: 'PUT', body: { version, content }, notify: false });
}

export type ReportAction =
  | { type: 'submit' | 'accept' }
  | ({ type: 'return' } & Omit<z.input<typeof returnReportRequest>, 'version'>)
  | { type: 'reopen'; reason: string };

export function actOnReport(periodId: string, unitId: string, version: number, { type, ...rest }: ReportAction) {
  return apiRequest(`${reportPath(periodId, unitId)}/${type}`, unitReport, { body: { version, ...rest }, notify: false });
}

export function remindLateUnits(periodId: string) {
  return apiRequest(`/periods/${periodId}/remind`, remindResult, { method: 'POST', notify: false });
}

export function markNotificationRead(id: string) {
  return apiCall(`/notifications/${id}/read`, { method: 'POST' });
}

export function updateNotificationSettings(settings: NotificationSettings) {
  return apiRequest('/me/notification-settings', notificationSettingsBody, { method: 'PUT', body: settings, notify: false });
}
