import type { PlanDeadline } from '../plan/types.js';
import type { PlanLevel } from '../plan/fields/types.js';
import type { UnitKind } from '../units/types.js';

const LEVEL_OF_KIND: Record<UnitKind, PlanLevel> = {
  province: 'province',
  department: 'department',
  district: 'district',
  commune: 'commune',
  other: 'department',
};

/** The plan level a unit answers at (an "other" unit as a department). */
export const levelOfUnitKind = (kind: UnitKind): PlanLevel => LEVEL_OF_KIND[kind];

/**
 * A unit's own due date for a reporting period: its level's date when the plan's calendar gives one
 * (communes reporting to their district earlier), else the period's.
 */
export function periodDueForUnit(
  period: { dueOn: string; dueByLevel?: Partial<Record<string, string>> | null },
  kind: UnitKind,
): string {
  return period.dueByLevel?.[LEVEL_OF_KIND[kind]] ?? period.dueOn;
}

/**
 * A unit's own deadline: a cell with a date per level ("Sở, huyện: trước 31/01; cấp xã: trước 28/02")
 * gives each unit its level's date; otherwise the activity's due date.
 */
export function dueDateForUnit(deadline: PlanDeadline, kind: UnitKind): string | null {
  if (deadline.kind === 'per_level') {
    const level = LEVEL_OF_KIND[kind];
    const own = deadline.parts.filter((p) => p.level === level && p.due).map((p) => p.due!);
    if (own.length) return own.sort()[0]!;
  }
  return deadline.due;
}

/**
 * A unit's milestones ("báo cáo 6 tháng" by 07/6, "báo cáo năm" by 07/11): those of its level and those for
 * every level, when that makes two or more; none otherwise (one due date, as dueDateForUnit gives).
 */
export function milestonesForUnit(deadline: PlanDeadline, kind: UnitKind): { label: string; due: string }[] {
  const level = LEVEL_OF_KIND[kind];
  const own = (deadline.milestones ?? []).filter((m) => m.level === null || m.level === level);
  return own.length >= 2 ? own.map(({ label, due }) => ({ label, due })) : [];
}
