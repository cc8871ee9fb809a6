/**
 * Following a unit that no longer exists to the units that carry on its work: a merged unit to the
 * unit it went into, a split unit to every part, through chains (Sở TTTT → Sở KH&CN → …).
 */
import { isValidOn } from '../units/groups.js';
import { formatDateVi } from '../text/format.js';
import { SUCCESSION_KIND_LABELS } from '../units/labels.js';
import type { DirectoryUnit, Succession, UnitDirectory } from '../units/types.js';

export interface SuccessorPath {
  unit: DirectoryUnit;
  /** The successions walked, oldest first. */
  steps: Succession[];
}

/**
 * The units valid on `asOf` reached from `unitId` through successions, each with the path taken.
 * A unit valid on `asOf` is its own answer (no steps). Empty when the trail ends in no valid unit.
 */
export function successorsOn(directory: UnitDirectory, unitId: string, asOf: string): SuccessorPath[] {
  const byId = new Map(directory.units.map((u) => [u.id, u]));
  const found = new Map<string, SuccessorPath>();
  const walk = (id: string, steps: Succession[], seen: Set<string>) => {
    const unit = byId.get(id);
    if (!unit) return;
    if (isValidOn(unit, asOf)) {
      if (!found.has(id)) found.set(id, { unit, steps });
      return;
    }
    for (const next of directory.successions) {
      if (next.fromId !== id || seen.has(next.toId)) continue;
      walk(next.toId, [...steps, next], new Set(seen).add(next.toId));
    }
  };
  walk(unitId, [], new Set([unitId]));
  return [...found.values()];
}

/** "Sở TTTT → Sở KH&CN (Hợp nhất/sáp nhập từ 01/03/2025)": how a line reached its unit, in Vietnamese. */
export function describeSuccession(directory: UnitDirectory, path: SuccessorPath): string {
  const nameOf = (id: string) => directory.units.find((u) => u.id === id)?.name ?? id;
  const first = path.steps[0];
  if (!first) return path.unit.name;
  const hops = path.steps.map(
    (s) => `${nameOf(s.toId)} (${SUCCESSION_KIND_LABELS[s.kind].toLowerCase()} từ ${formatDateVi(s.effectiveOn)})`,
  );
  return `${nameOf(first.fromId)} → ${hops.join(' → ')}`;
}
