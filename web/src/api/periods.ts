import type { z } from 'zod';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type { adHocPeriodRequest, periodSummary } from '../../../src/contracts/reporting.js';
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
