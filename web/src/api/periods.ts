import type { z } from 'zod';
import type { adHocPeriodRequest } from '../../../src/contracts/reporting.js';
import { periodSummary } from '../../../src/contracts/reporting.js';
import { apiRequest } from './client.js';

export type PeriodSummary = z.infer<typeof periodSummary>;
export type AdHocPeriodInput = z.input<typeof adHocPeriodRequest>;

/** The coordinator asks units for a report outside the regular schedule ("báo cáo đột xuất"). */
export function addAdHocPeriod(planId: string, input: AdHocPeriodInput) {
  return apiRequest(`/plans/${planId}/periods`, periodSummary, { body: input, notify: false });
}

/** Locks a period: units can no longer change or send its reports. */
export function closePeriod(periodId: string, reason: string) {
  return apiRequest(`/periods/${periodId}/close`, periodSummary, { body: { reason }, notify: false });
}
