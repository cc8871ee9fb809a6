/**
 * Which unit of the directory a portal row is about: by the portal's id once linked, then by code, then the
 * province's own row, then by name (the directory's matcher, successors followed). Only some portal groups carry a code, and the
 * portal's codes (H44.07) are not cchc's, so the id remembered from an earlier match is the surest key.
 */
import { foldVietnamese } from '../text/fold.js';
import { matchUnitName } from '../units/matching.js';
import type { UnitDirectory } from '../units/types.js';
import type { PortalRow } from './portal-row.js';

/** Below this a name match is not taken: a wrong unit's score is worse than a row reported unmatched. */
const NAME_CONFIDENCE = 0.75;

export interface UnitMatch {
  unitId: string;
  how: 'portal-id' | 'code' | 'province' | 'name';
}

const folded = (text: string) => foldVietnamese(text).replace(/\s+/g, ' ').trim();

/**
 * The directory's province (its root UBND tỉnh) when the row is the province's own: the parent of a tree
 * answer, or a row named "Tỉnh <name>" as the portal names provinces, where the directory says "UBND tỉnh <name>".
 */
function provinceOf(row: Pick<PortalRow, 'position' | 'departmentName'>, directory: UnitDirectory): string | null {
  const roots = directory.units.filter((u) => u.kind === 'province' && u.parentId === null);
  if (roots.length !== 1) return null;
  const root = roots[0]!;
  if (row.position === 'parent') return root.id;
  const place = folded(root.name).replace(/^(ubnd|uy ban nhan dan) tinh /, '');
  return row.departmentName !== null && folded(row.departmentName) === `tinh ${place}` ? root.id : null;
}

export function matchPortalRow(
  row: Pick<PortalRow, 'position' | 'departmentId' | 'departmentCode' | 'departmentName'>,
  directory: UnitDirectory,
  linkedIds: ReadonlyMap<string, string>,
  asOf: string,
): UnitMatch | null {
  const linked = row.departmentId === null ? undefined : linkedIds.get(row.departmentId);
  if (linked) return { unitId: linked, how: 'portal-id' };
  if (row.departmentCode !== null) {
    const code = row.departmentCode.toUpperCase();
    const unit = directory.units.find((u) => u.code.toUpperCase() === code);
    if (unit) return { unitId: unit.id, how: 'code' };
  }
  const province = provinceOf(row, directory);
  if (province) return { unitId: province, how: 'province' };
  if (row.departmentName !== null) {
    const ref = matchUnitName(row.departmentName, directory, asOf);
    if (ref.unitId !== null && !ref.group && ref.confidence >= NAME_CONFIDENCE)
      return { unitId: ref.unitId, how: 'name' };
  }
  return null;
}
