import type { RankedUnitView } from '../../../src/contracts/dashboard.js';
import type { UnitKind } from '../../../src/domain/units/types.js';

export interface RankingGroup {
  kind: UnitKind;
  units: RankedUnitView[];
}

/** The ranking split by kind of unit, in the order the API gives (units are ranked within their kind). */
export function rankingGroups(ranking: readonly RankedUnitView[]): RankingGroup[] {
  const groups: RankingGroup[] = [];
  for (const unit of ranking) {
    const group = groups.find((g) => g.kind === unit.kind);
    if (group) group.units.push(unit);
    else groups.push({ kind: unit.kind, units: [unit] });
  }
  return groups;
}
