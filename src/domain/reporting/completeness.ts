/**
 * Who has reported: per period expected vs received vs accepted, the on-time rate, who is missing;
 * each unit's record across periods; overdue activities. Pure over plain arrays from the database.
 */
import { GOVERNMENT_LEVEL_LABELS, UNIT_KIND_LABELS } from '../units/labels.js';
import { GOVERNMENT_LEVELS, UNIT_KINDS, type GovernmentLevel, type UnitKind } from '../units/types.js';
import { daysOverdue, isOverdue, type AssignmentStatus } from './assignment-status.js';
import type { ReportState } from './report-workflow.js';
import { compareCodes } from '../text/code-order.js';
import { periodDueForUnit } from './unit-due-date.js';

export interface CompletenessUnit {
  id: string;
  name: string;
  kind: UnitKind;
  level: GovernmentLevel;
}

export interface CompletenessPeriod {
  code: string;
  label: string;
  dueOn: string;
  /** A level's own due date (the plan's calendar); a unit of another level is due on `dueOn`. */
  dueByLevel?: Partial<Record<string, string>> | null;
}

export interface ReportRecord {
  unitId: string;
  periodCode: string;
  status: ReportState;
  /** Local date of the first submission; null while never submitted. Resubmissions do not move it. */
  firstSubmittedOn: string | null;
}

export interface AssignmentRecord {
  activityId: string;
  unitId: string;
  /** The plan area (lĩnh vực) of the activity, e.g. "II". */
  areaCode: string | null;
  status: AssignmentStatus;
  dueOn: string | null;
  cancelled?: boolean;
}

export interface CompletenessFilter {
  areaCodes?: readonly string[];
  kinds?: readonly UnitKind[];
  levels?: readonly GovernmentLevel[];
}

export type ReportStanding = 'accepted' | 'under_review' | 'returned' | 'draft' | 'missing';
export const REPORT_STANDING_LABELS: Record<ReportStanding, string> = {
  accepted: 'Đã chấp nhận',
  under_review: 'Chờ xem xét',
  returned: 'Bị trả lại, chờ bổ sung',
  draft: 'Đang soạn, chưa gửi',
  missing: 'Chưa báo cáo',
};

export type Timeliness = 'on_time' | 'late' | 'not_due' | 'overdue';
export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  on_time: 'Đúng hạn',
  late: 'Trễ hạn',
  not_due: 'Chưa đến hạn',
  overdue: 'Quá hạn, chưa gửi',
};

export interface UnitPeriodEntry {
  unitId: string;
  periodCode: string;
  standing: ReportStanding;
  timeliness: Timeliness;
  firstSubmittedOn: string | null;
}

export interface PeriodCompleteness {
  periodCode: string;
  label: string;
  dueOn: string;
  expected: number;
  /** Submitted at least once. */
  received: number;
  accepted: number;
  /** First submission on or before the due date. */
  onTime: number;
  late: number;
  /** Shares of `expected`, 0..1; null when no unit is expected. */
  receivedRate: number | null;
  acceptedRate: number | null;
  onTimeRate: number | null;
  /** Expected units that have not submitted, in the order given. */
  missing: CompletenessUnit[];
  entries: UnitPeriodEntry[];
}

/**
 * The units a dashboard looks at: of the given kinds and levels, and, when areas are chosen, only units
 * with at least one (not cancelled) assignment in those areas.
 */
export function selectUnits(
  units: readonly CompletenessUnit[],
  filter: CompletenessFilter,
  assignments: readonly AssignmentRecord[] = [],
): CompletenessUnit[] {
  const inAreas = filter.areaCodes?.length
    ? new Set(
        assignments
          .filter((a) => !a.cancelled && a.areaCode !== null && filter.areaCodes!.includes(a.areaCode))
          .map((a) => a.unitId),
      )
    : null;
  return units.filter(
    (u) =>
      (!filter.kinds?.length || filter.kinds.includes(u.kind)) &&
      (!filter.levels?.length || filter.levels.includes(u.level)) &&
      (!inAreas || inAreas.has(u.id)),
  );
}

const STANDING_OF: Record<ReportState, ReportStanding> = {
  draft: 'draft',
  submitted: 'under_review',
  returned: 'returned',
  accepted: 'accepted',
};

export function unitPeriodEntry(
  unitId: string,
  period: CompletenessPeriod,
  report: ReportRecord | undefined,
  today: string,
  kind?: UnitKind,
): UnitPeriodEntry {
  const submitted = report?.firstSubmittedOn ?? null;
  const dueOn = kind ? periodDueForUnit(period, kind) : period.dueOn;
  const standing: ReportStanding = report ? STANDING_OF[report.status] : 'missing';
  const timeliness: Timeliness = submitted
    ? submitted <= dueOn
      ? 'on_time'
      : 'late'
    : today > dueOn
      ? 'overdue'
      : 'not_due';
  return { unitId, periodCode: period.code, standing, timeliness, firstSubmittedOn: submitted };
}

const rate = (count: number, of: number) => (of ? count / of : null);

function reportIndex(reports: readonly ReportRecord[]): Map<string, ReportRecord> {
  return new Map(reports.map((r) => [`${r.periodCode}\u0000${r.unitId}`, r]));
}

export function periodCompleteness(
  period: CompletenessPeriod,
  units: readonly CompletenessUnit[],
  reports: readonly ReportRecord[],
  today: string,
): PeriodCompleteness {
  const index = reportIndex(reports);
  const entries = units.map((u) =>
    unitPeriodEntry(u.id, period, index.get(`${period.code}\u0000${u.id}`), today, u.kind),
  );
  const count = (test: (e: UnitPeriodEntry) => boolean) => entries.filter(test).length;
  const received = count((e) => e.firstSubmittedOn !== null);
  const accepted = count((e) => e.standing === 'accepted');
  const onTime = count((e) => e.timeliness === 'on_time');
  return {
    periodCode: period.code,
    label: period.label,
    dueOn: period.dueOn,
    expected: units.length,
    received,
    accepted,
    onTime,
    late: count((e) => e.timeliness === 'late'),
    receivedRate: rate(received, units.length),
    acceptedRate: rate(accepted, units.length),
    onTimeRate: rate(onTime, units.length),
    missing: units.filter((_, i) => entries[i]!.firstSubmittedOn === null),
    entries,
  };
}

export interface GroupCompleteness {
  key: string;
  label: string;
  completeness: PeriodCompleteness;
}

/** The same figures per unit kind (sở, huyện, xã…) or per level, in the directory's order, empty groups left out. */
export function completenessByGroup(
  period: CompletenessPeriod,
  units: readonly CompletenessUnit[],
  reports: readonly ReportRecord[],
  today: string,
  by: 'kind' | 'level',
): GroupCompleteness[] {
  const keys: readonly string[] = by === 'kind' ? UNIT_KINDS : GOVERNMENT_LEVELS;
  const labels: Record<string, string> = by === 'kind' ? UNIT_KIND_LABELS : GOVERNMENT_LEVEL_LABELS;
  return keys
    .map((key) => ({ key, members: units.filter((u) => u[by] === key) }))
    .filter((g) => g.members.length)
    .map((g) => ({
      key: g.key,
      label: labels[g.key]!,
      completeness: periodCompleteness(period, g.members, reports, today),
    }));
}

export interface UnitHistory {
  unitId: string;
  entries: UnitPeriodEntry[];
  onTime: number;
  late: number;
  /** Periods past their due date with nothing submitted. */
  overdue: number;
}

/** One unit's record across periods, in the order the periods are given. */
export function unitHistory(
  unitId: string,
  periods: readonly CompletenessPeriod[],
  reports: readonly ReportRecord[],
  today: string,
): UnitHistory {
  const index = reportIndex(reports);
  const entries = periods.map((p) => unitPeriodEntry(unitId, p, index.get(`${p.code}\u0000${unitId}`), today));
  const count = (t: Timeliness) => entries.filter((e) => e.timeliness === t).length;
  return { unitId, entries, onTime: count('on_time'), late: count('late'), overdue: count('overdue') };
}

export interface OverdueSummary {
  /** Overdue assignments (one activity given to 100 communes counts 100 times). */
  assignments: number;
  /** Distinct activities with at least one overdue assignment. */
  activities: number;
  byUnit: { unitId: string; count: number; maxDaysOverdue: number }[];
  byArea: { areaCode: string | null; count: number }[];
}

/** Overdue work, most overdue units first; `filter` narrows by area, and by kind and level when units are given. */
export function overdueSummary(
  assignments: readonly AssignmentRecord[],
  today: string,
  filter: CompletenessFilter = {},
  units?: readonly CompletenessUnit[],
): OverdueSummary {
  const allowedUnits =
    units && (filter.kinds?.length || filter.levels?.length)
      ? new Set(selectUnits(units, { kinds: filter.kinds, levels: filter.levels }).map((u) => u.id))
      : null;
  const overdue = assignments.filter(
    (a) =>
      isOverdue(a, today) &&
      (!filter.areaCodes?.length || (a.areaCode !== null && filter.areaCodes.includes(a.areaCode))) &&
      (!allowedUnits || allowedUnits.has(a.unitId)),
  );
  const byUnit = new Map<string, { unitId: string; count: number; maxDaysOverdue: number }>();
  const byArea = new Map<string | null, number>();
  for (const a of overdue) {
    const entry = byUnit.get(a.unitId) ?? { unitId: a.unitId, count: 0, maxDaysOverdue: 0 };
    entry.count++;
    entry.maxDaysOverdue = Math.max(entry.maxDaysOverdue, daysOverdue(a, today));
    byUnit.set(a.unitId, entry);
    byArea.set(a.areaCode, (byArea.get(a.areaCode) ?? 0) + 1);
  }
  return {
    assignments: overdue.length,
    activities: new Set(overdue.map((a) => a.activityId)).size,
    byUnit: [...byUnit.values()].sort(
      (x, y) => y.count - x.count || y.maxDaysOverdue - x.maxDaysOverdue || x.unitId.localeCompare(y.unitId),
    ),
    byArea: [...byArea.entries()]
      .map(([areaCode, count]) => ({ areaCode, count }))
      .sort((x, y) => y.count - x.count || compareCodes(x.areaCode, y.areaCode)),
  };
}
