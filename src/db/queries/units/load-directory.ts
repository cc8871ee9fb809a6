import { isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { unitGroups, units, unitSuccessions } from '../../schema/index.js';
import type { UnitDirectory } from '../../../domain/units/types.js';

/** The whole directory in memory for the pure matcher (a few hundred rows). */
export async function loadDirectory(db: DbOrTx): Promise<UnitDirectory> {
  const [unitRows, groupRows, successionRows] = await Promise.all([
    db.select().from(units).where(isNull(units.archivedAt)),
    db.select().from(unitGroups),
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
