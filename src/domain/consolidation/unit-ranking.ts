/**
 * Units ranked by how much of their work is finished and how punctually they report, within their
 * kind (departments among departments, communes among communes), as a leader compares them.
 * Order: completion rate, then the share of reports sent on time, then fewer overdue assignments;
 * units equal on all three share a rank and the next rank skips (1, 2, 2, 4).
 */
import { isOverdue } from '../reporting/assignment-status.js';
import { unitHistory } from '../reporting/completeness.js';
import { UNIT_KIND_LABELS } from '../units/labels.js';
import { UNIT_KINDS } from '../units/types.js';
import { groupBy, share } from './rates.js';
import type { ReportAssignment, ReportPeriod, ReportUnit, UnitReportRow } from './types.js';

export interface RankedUnit {
  unitId: string;
  unitName: string;
  kind: ReportUnit['kind'];
  kindLabel: string;
  rank: number;
  /** Units ranked in the same kind. */
  of: number;
  assignments: number;
  finished: number;
  overdue: number;
  completionRate: number | null;
  averageProgress: number | null;
  /** Reports due so far (or already sent) and how many went in on time. */
  reportsDue: number;
  reportsOnTime: number;
  reportOnTimeRate: number | null;
  /** Finished work done by its due date / finished work. */
  workOnTimeRate: number | null;
}

const EPSILON = 1e-9;
const nullLast = (x: number | null, y: number | null) =>
  x === null ? (y === null ? 0 : 1) : y === null ? -1 : Math.abs(y - x) <= EPSILON ? 0 : y - x;
const compare = (a: RankedUnit, b: RankedUnit) =>
  nullLast(a.completionRate, b.completionRate) ||
  nullLast(a.reportOnTimeRate, b.reportOnTimeRate) ||
  a.overdue - b.overdue;

/** `periods` are those whose timeliness counts (the plan's periods, in order). */
export function rankUnits(
  units: readonly ReportUnit[],
  assignments: readonly ReportAssignment[],
  periods: readonly ReportPeriod[],
  reports: readonly UnitReportRow[],
  today: string,
): RankedUnit[] {
  const owed = groupBy(assignments, (a) => a.unitId);
  const ownReports = groupBy(reports, (r) => r.unitId);

  const figures = units.map((unit): RankedUnit => {
    const work = owed.get(unit.id) ?? [];
    const done = work.filter((a) => a.status === 'done').length;
    const finished = done + work.filter((a) => a.status === 'done_late').length;
    const history = unitHistory(unit.id, periods, ownReports.get(unit.id) ?? [], today);
    const reportsDue = history.onTime + history.late + history.overdue;
    return {
      unitId: unit.id,
      unitName: unit.name,
      kind: unit.kind,
      kindLabel: UNIT_KIND_LABELS[unit.kind],
      rank: 0,
      of: 0,
      assignments: work.length,
      finished,
      overdue: work.filter((a) => isOverdue(a, today)).length,
      completionRate: share(finished, work.length),
      averageProgress: work.length ? work.reduce((s, a) => s + a.progress, 0) / work.length : null,
      reportsDue,
      reportsOnTime: history.onTime,
      reportOnTimeRate: share(history.onTime, reportsDue),
      workOnTimeRate: share(done, finished),
    };
  });

  return UNIT_KINDS.flatMap((kind) => {
    const group = figures
      .filter((f) => f.kind === kind)
      .sort((a, b) => compare(a, b) || a.unitName.localeCompare(b.unitName, 'vi'));
    group.forEach((unit, i) => {
      const previous = group[i - 1];
      unit.rank = previous && compare(previous, unit) === 0 ? previous.rank : i + 1;
      unit.of = group.length;
    });
    return group;
  });
}
