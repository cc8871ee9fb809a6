import type { DirectoryUnit, UnitDirectory } from '../../../src/domain/units/types.js';

const unit = (
  id: string,
  name: string,
  kind: DirectoryUnit['kind'],
  parentId: string | null,
  validFrom: string | null = null,
  validTo: string | null = null,
): DirectoryUnit => ({
  id,
  code: id,
  parentId,
  kind,
  level: kind === 'department' ? 'province' : kind === 'other' ? 'province' : kind,
  name,
  shortNames: [],
  aliases: [],
  validFrom,
  validTo,
});

/** A small province in the middle of the 2025 reorganisation. */
export const directory: UnitDirectory = {
  units: [
    unit('qt', 'UBND tỉnh Quảng Trị', 'province', null),
    unit('snv', 'Sở Nội vụ', 'department', 'qt'),
    unit('stttt', 'Sở Thông tin và Truyền thông', 'department', 'qt', null, '2025-02-28'),
    unit('skhcn', 'Sở Khoa học và Công nghệ', 'department', 'qt', '2025-03-01'),
    unit('sold', 'Sở Cũ', 'department', 'qt', null, '2024-12-31'),
    unit('smid', 'Sở Trung gian', 'department', 'qt', '2025-01-01', '2025-03-31'),
    unit('snew', 'Sở Mới', 'department', 'qt', '2025-04-01'),
    unit('ssplit', 'Sở Chia', 'department', 'qt', null, '2025-02-28'),
    unit('sa', 'Sở A', 'department', 'qt', '2025-03-01'),
    unit('sb', 'Sở B', 'department', 'qt', '2025-03-01'),
    unit('sgone', 'Sở Giải thể', 'department', 'qt', null, '2025-02-28'),
    unit('sfuture', 'Sở Tương lai', 'department', 'qt', '2026-01-01'),
    unit('hcl', 'UBND huyện Cam Lộ', 'district', 'qt', null, '2025-06-30'),
    unit('xcl1', 'UBND xã Cam Thành', 'commune', 'hcl', null, '2025-06-30'),
    unit('xcl2', 'UBND thị trấn Cam Lộ', 'commune', 'hcl', null, '2025-06-30'),
    unit('xnew', 'UBND xã Cam Lộ', 'commune', 'qt', '2025-07-01'),
    unit('xdh', 'UBND phường Đông Hà', 'commune', 'qt'),
  ],
  groups: [
    { id: 'g-xa', code: 'XA', name: 'UBND cấp xã', aliases: [], rootId: 'qt', memberKinds: ['commune'] },
    {
      id: 'g-sbn',
      code: 'SBN',
      name: 'Các sở, ban, ngành cấp tỉnh',
      aliases: [],
      rootId: 'qt',
      memberKinds: ['department'],
    },
    { id: 'g-huyen', code: 'HUYEN', name: 'UBND cấp huyện', aliases: [], rootId: 'qt', memberKinds: ['district'] },
  ],
  successions: [
    { fromId: 'stttt', toId: 'skhcn', kind: 'merge', effectiveOn: '2025-03-01', note: null },
    { fromId: 'sold', toId: 'smid', kind: 'rename', effectiveOn: '2025-01-01', note: null },
    { fromId: 'smid', toId: 'snew', kind: 'merge', effectiveOn: '2025-04-01', note: null },
    { fromId: 'ssplit', toId: 'sa', kind: 'split', effectiveOn: '2025-03-01', note: null },
    { fromId: 'ssplit', toId: 'sb', kind: 'split', effectiveOn: '2025-03-01', note: null },
    { fromId: 'xcl1', toId: 'xnew', kind: 'merge', effectiveOn: '2025-07-01', note: null },
    { fromId: 'xcl2', toId: 'xnew', kind: 'merge', effectiveOn: '2025-07-01', note: null },
  ],
};
