import type { PlanLevel } from '../plan/fields/types.js';
import type { UnitKind } from '../units/types.js';

export interface IndicatorScope {
  id: string;
  level: PlanLevel | null;
  /** The activity the target was printed with, if any. */
  activityId: string | null;
}

const KINDS_OF_LEVEL: Partial<Record<PlanLevel, UnitKind[]>> = {
  department: ['department'],
  district: ['district'],
  commune: ['commune'],
};

/**
 * The targets a unit reports a value for: those printed with an activity it leads, and those set for
 * its level ("cấp xã 95%"). Province-wide targets (cấp tỉnh, or no level) are the coordinator's to enter.
 */
export function indicatorsForUnit(
  indicators: readonly IndicatorScope[],
  unitKind: UnitKind,
  ledActivityIds: ReadonlySet<string>,
): string[] {
  return indicators
    .filter((i) =>
      i.activityId ? ledActivityIds.has(i.activityId) : !!i.level && (KINDS_OF_LEVEL[i.level] ?? []).includes(unitKind),
    )
    .map((i) => i.id);
}
