/** Which directory unit a portal row is about: the province's own row is the directory's UBND tỉnh. */
import { describe, expect, it } from 'vitest';
import { matchPortalRow } from '../../../src/domain/service-quality/match-unit.js';
import type { DirectoryUnit, UnitDirectory } from '../../../src/domain/units/types.js';

const unit = (id: string, kind: DirectoryUnit['kind'], name: string, parentId: string | null): DirectoryUnit => ({
  id,
  code: id,
  parentId,
  kind,
  level: kind === 'commune' ? 'commune' : 'province',
  name,
  shortNames: [],
  aliases: [],
  validFrom: null,
  validTo: null,
});
const directory: UnitDirectory = {
  units: [
    unit('QT', 'province', 'UBND tỉnh Quảng Trị', null),
    unit('SNV', 'department', 'Sở Nội vụ', 'QT'),
    unit('CT', 'commune', 'UBND xã Cửa Tùng', 'QT'),
  ],
  groups: [],
  successions: [],
};
const row = (position: 'parent' | 'child' | 'row', departmentName: string) => ({
  position,
  departmentId: null,
  departmentCode: null,
  departmentName,
});

describe('matchPortalRow', () => {
  it('takes a tree’s parent and a row named “Tỉnh <name>” as the province', () => {
    expect(matchPortalRow(row('parent', 'Tỉnh Quảng Trị'), directory, new Map(), '2025-09-30')).toEqual({
      unitId: 'QT',
      how: 'province',
    });
    expect(matchPortalRow(row('row', 'TỈNH  QUẢNG TRỊ'), directory, new Map(), '2025-09-30')?.unitId).toBe('QT');
  });

  it('does not take another province’s row, nor a unit’s row, for the province', () => {
    expect(matchPortalRow(row('row', 'Tỉnh Hà Tĩnh'), directory, new Map(), '2025-09-30')).toBeNull();
    expect(matchPortalRow(row('child', 'Sở Nội vụ'), directory, new Map(), '2025-09-30')?.unitId).toBe('SNV');
  });
});
