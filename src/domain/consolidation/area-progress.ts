/**
 * How far the plan's work has gone: counts of assignments by status and the rates a report quotes,
 * per area (lĩnh vực) and per unit kind (sở, xã…), each with a total.
 */
import { ASSIGNMENT_STATUSES, isOverdue, type AssignmentStatus } from '../reporting/assignment-status.js';
import { UNIT_KIND_LABELS } from '../units/labels.js';
import { UNIT_KINDS } from '../units/types.js';
import { share } from './rates.js';
import type { ReportArea, ReportAssignment, ReportUnit } from './types.js';

export interface ProgressFigures {
  key: string;
  label: string;
  total: number;
  byStatus: Record<AssignmentStatus, number>;
  /** Done, on time or late. */
  finished: number;
  overdue: number;
  /** Finished / total. */
  completionRate: number | null;
  /** Done on time / finished. */
  onTimeRate: number | null;
  /** Mean reported progress, 0..100. */
  averageProgress: number | null;
}

export const NO_AREA = { code: '', title: 'Chưa xếp lĩnh vực' };

export function progressFigures(
  key: string,
  label: string,
  assignments: readonly ReportAssignment[],
  today: string,
): ProgressFigures {
  const byStatus = Object.fromEntries(ASSIGNMENT_STATUSES.map((s) => [s, 0])) as Record<AssignmentStatus, number>;
  let overdue = 0;
  let progress = 0;
  for (const a of assignments) {
    byStatus[a.status]++;
    progress += a.progress;
    if (isOverdue(a, today)) overdue++;
  }
  const finished = byStatus.done + byStatus.done_late;
  return {
    key,
    label,
    total: assignments.length,
    byStatus,
    finished,
    overdue,
    completionRate: share(finished, assignments.length),
    onTimeRate: share(byStatus.done, finished),
    averageProgress: assignments.length ? progress / assignments.length : null,
  };
}

export interface ProgressTable {
  rows: ProgressFigures[];
  total: ProgressFigures;
}

/** One row per plan area in plan order (areas without work left out), then work without an area. */
export function progressByArea(
  areas: readonly ReportArea[],
  assignments: readonly ReportAssignment[],
  today: string,
): ProgressTable {
  const known = new Set(areas.map((a) => a.code));
  const rows = [...areas, NO_AREA]
    .map((area) => {
      const own = assignments.filter((a) =>
        area === NO_AREA ? a.areaCode === null || !known.has(a.areaCode) : a.areaCode === area.code,
      );
      return progressFigures(area.code, area === NO_AREA ? area.title : `${area.code}. ${area.title}`, own, today);
    })
    .filter((row) => row.total > 0);
  return { rows, total: progressFigures('total', 'Tổng cộng', assignments, today) };
}

/** One row per unit kind, in the directory's order, kinds without work left out. */
export function progressByUnitKind(
  units: readonly ReportUnit[],
  assignments: readonly ReportAssignment[],
  today: string,
): ProgressTable {
  const kindOf = new Map(units.map((u) => [u.id, u.kind]));
  const rows = UNIT_KINDS.map((kind) =>
    progressFigures(
      kind,
      UNIT_KIND_LABELS[kind],
      assignments.filter((a) => kindOf.get(a.unitId) === kind),
      today,
    ),
  ).filter((row) => row.total > 0);
  return { rows, total: progressFigures('total', 'Tổng cộng', assignments, today) };
}
