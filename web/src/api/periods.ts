import type { z } from 'zod';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import { queryOptions } from '@tanstack/react-query';
import type {
  adHocPeriodRequest,
  periodSummary,
  reportingCalendarChange,
  reportingCalendarView,
  saveReportingCalendarRequest,
} from '../../../src/contracts/reporting.js';
import { call } from './client.js';

export type PeriodSummary = z.infer<typeof periodSummary>;
export type AdHocPeriodInput = z.input<typeof adHocPeriodRequest>;

/** The coordinator asks units for a report outside the regular schedule ("báo cáo đột xuất"). */
export function addAdHocPeriod(planId: string, input: AdHocPeriodInput) {
  return call(endpoints.addAdHocPeriod, { params: { id: planId }, body: input }, { notify: false });
}

/** Locks a period: units can no longer change or send its reports. */
export function closePeriod(periodId: string, reason: string) {
  return call(endpoints.closePeriod, { params: { id: periodId }, body: { reason } }, { notify: false });
}

export type ReportingCalendarView = z.infer<typeof reportingCalendarView>;
export type ReportingCalendarInput = z.input<typeof saveReportingCalendarRequest>['calendar'];
export type ReportingCalendarChange = z.infer<typeof reportingCalendarChange>;

export const reportingCalendarKey = (planId: string) => ['plans', planId, 'reporting-calendar'] as const;

export const reportingCalendarQuery = (planId: string) =>
  queryOptions({
    queryKey: reportingCalendarKey(planId),
    queryFn: () => call(endpoints.getReportingCalendar, { params: { id: planId } }),
  });

/** Without `confirm`: what the calendar would change, nothing written; with it, saved and the periods regenerated. */
export function saveReportingCalendar(planId: string, calendar: ReportingCalendarInput, confirm: boolean) {
  return call(
    endpoints.saveReportingCalendar,
    { params: { id: planId }, body: { calendar, confirm } },
    { notify: false },
  );
}
