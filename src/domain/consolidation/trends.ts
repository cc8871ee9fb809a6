/**
 * How reporting and the work moved from period to period: the share of units that reported and
 * reported on time, and the share of reported items finished, as each period's reports stated them.
 */
import { isFinished } from '../reporting/assignment-status.js';
import { periodCompleteness } from '../reporting/completeness.js';
import { share } from './rates.js';
import type { ReportPeriod, ReportUnit, UnitReportRow } from './types.js';

export interface PeriodTrend {
  periodCode: string;
  label: string;
  dueOn: string;
  expected: number;
  received: number;
  receivedRate: number | null;
  onTimeRate: number | null;
  /** Items of the period's sent reports that were finished / all their items. */
  reportedItems: number;
  reportedFinished: number;
  completionRate: number | null;
  /** Mean progress over the period's sent items, 0..100. */
  averageProgress: number | null;
}

/** One point per period, in the order given; reports that were never sent say nothing about progress. */
export function trendsAcrossPeriods(
  periods: readonly ReportPeriod[],
  expected: readonly ReportUnit[],
  reports: readonly UnitReportRow[],
  today: string,
): PeriodTrend[] {
  const expectedIds = new Set(expected.map((u) => u.id));
  return periods.map((period) => {
    const own = reports.filter((r) => r.periodCode === period.code && expectedIds.has(r.unitId));
    const completeness = periodCompleteness(period, expected, own, today);
    const items = own.filter((r) => r.firstSubmittedOn !== null).flatMap((r) => r.content?.items ?? []);
    const finished = items.filter((i) => isFinished(i.status)).length;
    return {
      periodCode: period.code,
      label: period.label,
      dueOn: period.dueOn,
      expected: completeness.expected,
      received: completeness.received,
      receivedRate: completeness.receivedRate,
      onTimeRate: completeness.onTimeRate,
      reportedItems: items.length,
      reportedFinished: finished,
      completionRate: share(finished, items.length),
      averageProgress: items.length ? items.reduce((s, i) => s + i.progress, 0) / items.length : null,
    };
  });
}
