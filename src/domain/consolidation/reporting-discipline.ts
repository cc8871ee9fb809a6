/** Who has not reported and who reported late in a period: the list a consolidated report closes with. */
import { daysBetween } from '../calendar.js';
import { periodCompleteness, type PeriodCompleteness, type UnitPeriodEntry } from '../reporting/completeness.js';
import type { ReportPeriod, ReportUnit, UnitReportRow } from './types.js';

export interface LateUnit {
  unit: ReportUnit;
  firstSubmittedOn: string;
  daysLate: number;
}

export interface ReportingDiscipline {
  completeness: Omit<PeriodCompleteness, 'entries' | 'missing'>;
  /** Each expected unit's standing and timeliness, in the order given. */
  entries: UnitPeriodEntry[];
  /** Expected units with nothing submitted, in the order given. */
  missing: ReportUnit[];
  /** Submitted after the due date, most late first. */
  late: LateUnit[];
}

export function reportingDiscipline(
  period: ReportPeriod,
  expected: readonly ReportUnit[],
  reports: readonly UnitReportRow[],
  today: string,
): ReportingDiscipline {
  const own = reports.filter((r) => r.periodCode === period.code);
  const { entries, missing, ...completeness } = periodCompleteness(period, expected, own, today);
  const unitById = new Map(expected.map((u) => [u.id, u]));
  const late = entries
    .filter((e) => e.timeliness === 'late' && e.firstSubmittedOn)
    .map((e) => ({
      unit: unitById.get(e.unitId)!,
      firstSubmittedOn: e.firstSubmittedOn!,
      daysLate: daysBetween(period.dueOn, e.firstSubmittedOn!),
    }))
    .sort((a, b) => b.daysLate - a.daysLate || a.unit.name.localeCompare(b.unit.name, 'vi'));
  return { completeness, entries, missing: missing.map((m) => unitById.get(m.id)!), late };
}
