import type { DirectoryGroup, DirectoryUnit, UnitDirectory } from './types.js';

export function isValidOn(unit: Pick<DirectoryUnit, 'validFrom' | 'validTo'>, asOf: string): boolean {
  return (!unit.validFrom || unit.validFrom <= asOf) && (!unit.validTo || unit.validTo >= asOf);
}

/** The units a group stands for on a date: every valid unit of its kinds below its root (or anywhere). */
export function groupMembers(directory: UnitDirectory, group: DirectoryGroup, asOf: string): DirectoryUnit[] {
  const parentOf = new Map(directory.units.map((u) => [u.id, u.parentId]));
  const below = (id: string) => {
    for (let cursor = parentOf.get(id) ?? null; cursor; cursor = parentOf.get(cursor) ?? null) {
      if (cursor === group.rootId) return true;
    }
    return false;
  };
  return directory.units.filter(
    (u) => group.memberKinds.includes(u.kind) && isValidOn(u, asOf) && (!group.rootId || below(u.id)),
  );
}
