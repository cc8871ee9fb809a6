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
