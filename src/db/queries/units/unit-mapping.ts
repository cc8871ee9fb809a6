import type { UnitSummary } from '../../../contracts/units.js';
import type { units } from '../../schema/index.js';

export type UnitRecord = typeof units.$inferSelect;

export function toUnitSummary(row: UnitRecord): UnitSummary {
  return {
    id: row.id,
    code: row.code,
    parentId: row.parentId,
    kind: row.kind,
    level: row.level,
    name: row.name,
    shortNames: row.shortNames,
    aliases: row.aliases,
    validFrom: row.validFrom,
    validTo: row.validTo,
    archived: row.archivedAt !== null,
    version: row.version,
  };
}
