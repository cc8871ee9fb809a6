import { and, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { unitGroups, units, unitSuccessions } from '../../schema/index.js';
import type { UnitDirectory } from '../../../domain/units/types.js';
import { inProvince, ofProvince, provinceOfUnit } from './province.js';

/**
 * The directory in memory for the pure matcher (a province has a few hundred rows): the province's units and
 * groups only when one is given, so a plan's "Sở Nội vụ" or "UBND cấp xã" names its own province's (issue #17.5):
 * every province has its own groups of the same names.
 */
export async function loadDirectory(db: DbOrTx, provinceId: string | null = null): Promise<UnitDirectory> {
  const [unitRows, groupRows, successionRows] = await Promise.all([
    db
      .select()
      .from(units)
      .where(and(isNull(units.archivedAt), inProvince(units.id, provinceId))),
    db.select().from(unitGroups).where(ofProvince(unitGroups.rootId, provinceId)),
    db.select().from(unitSuccessions),
  ]);
  return {
    units: unitRows.map((u) => ({
      id: u.id,
      code: u.code,
      parentId: u.parentId,
      kind: u.kind,
      level: u.level,
      name: u.name,
      shortNames: u.shortNames,
      aliases: u.aliases,
      validFrom: u.validFrom,
      validTo: u.validTo,
    })),
    groups: groupRows.map((g) => ({
      ...g,
      memberKinds: g.memberKinds as UnitDirectory['groups'][number]['memberKinds'],
    })),
    successions: successionRows,
  };
}

/** The directory as the actor sees it: their province's, or every unit for someone outside every province. */
export async function directoryOfActor(db: DbOrTx, actor: { unitId: string | null } | null): Promise<UnitDirectory> {
  return loadDirectory(db, await provinceOfUnit(db, actor?.unitId ?? null));
}
