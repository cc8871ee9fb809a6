/**
 * What the demo that `cchc start` loads today looks like, computed from the clock as the loader does, so
 * browser tests do not hard-code a year: the plan of this year, and the period the dashboard opens on
 * (the one holding the demo's accepted and returned reports).
 */
import { addDays } from '../../src/domain/calendar.js';
import { latestDuePeriod } from '../../src/domain/reporting/periods.js';
import { formatDateVi, localDateOf } from '../../src/domain/text/format.js';
import { demoPlanName, demoYear } from '../../src/domain/demo/demo-timeline.js';

export const demoToday = (): string => localDateOf(new Date());
export const DEMO_YEAR = demoYear(new Date());
export const DEMO_PLAN_NAME = demoPlanName(DEMO_YEAR);

export interface DemoPeriod {
  id: string;
  code: string;
  label: string;
  start: string;
  end: string;
  dueOn: string;
}

/** The demo's reporting period among a plan's periods (as `/api/plans/{id}/periods` lists them). */
export function demoPeriodOf<P extends DemoPeriod>(periods: readonly P[]): P {
  const period = latestDuePeriod(periods, demoToday());
  if (!period) throw new Error('the demo plan has no periods');
  return period;
}

/** Matches a period's option or heading text that starts with its label. */
export const startsWith = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
export const contains = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** A completion date a reporter can give in the period: its last day, or yesterday if that is still ahead. */
export function completionDateIn(period: DemoPeriod): string {
  const yesterday = addDays(demoToday(), -1);
  return formatDateVi(period.end < yesterday ? period.end : yesterday);
}

/** Whether the period is already past due today (units without a report are late). */
export const isPastDue = (period: DemoPeriod): boolean => period.dueOn < demoToday();
