import { describe, expect, it } from 'vitest';
import { expandAssignments, type AssignableUnitRef } from '../../../src/domain/reporting/assignment-expansion.js';
import { successorsOn } from '../../../src/domain/reporting/unit-succession.js';
import { directory } from './directory-fixture.js';

const u = (unitId: string | null, name = unitId ?? '?', role: AssignableUnitRef['role'] = null): AssignableUnitRef => ({
  unitId,
  groupId: null,
  name,
  group: false,
  role,
});
const g = (groupId: string, name: string, role: AssignableUnitRef['role'] = null): AssignableUnitRef => ({
  unitId: null,
  groupId,
  name,
  group: true,
  role,
});
const pairs = (rows: { activityId: string; unitId: string }[]) => rows.map((r) => `${r.activityId}:${r.unitId}`);

describe('expandAssignments', () => {
  it('gives each activity to each lead unit and lists cooperating units apart', () => {
    const result = expandAssignments(
      [
        { activityId: 'a1', lead: [u('snv', 'Sở Nội vụ')], cooperating: [u('xdh', 'UBND phường Đông Hà')] },
        { activityId: 'a2', lead: [u('snv'), u('skhcn')], cooperating: [] },
      ],
      directory,
      '2025-04-01',
    );
    expect(pairs(result.assignments)).toEqual(['a1:snv', 'a2:snv', 'a2:skhcn']);
    expect(pairs(result.cooperating)).toEqual(['a1:xdh']);
    expect(result.cooperating[0]?.role).toBe('cooperating');
    expect(result.unassigned).toEqual([]);
  });

  it.each([
    // Before 1 July the old communes exist; after it only the merged one does.
    ['2025-04-01', ['a:xcl1', 'a:xcl2', 'a:xdh']],
    ['2025-07-01', ['a:xnew', 'a:xdh']],
  ])('expands "UBND cấp xã" into the communes valid on %s, one assignment each', (asOf, expected) => {
    const result = expandAssignments(
      [{ activityId: 'a', lead: [g('g-xa', 'UBND cấp xã')], cooperating: [] }],
      directory,
      asOf,
    );
    expect(pairs(result.assignments).sort()).toEqual([...expected].sort());
    expect(result.assignments.every((a) => a.viaGroupId === 'g-xa' && a.note === 'Thuộc nhóm "UBND cấp xã"')).toBe(
      true,
    );
  });

  it('follows a merged unit to its successor with a note', () => {
    const result = expandAssignments(
      [{ activityId: 'a', lead: [u('stttt', 'Sở TTTT')], cooperating: [] }],
      directory,
      '2025-04-01',
    );
    expect(result.assignments).toEqual([
      {
        activityId: 'a',
        unitId: 'skhcn',
        role: 'lead',
        writtenAs: 'Sở TTTT',
        viaGroupId: null,
        succeededFromUnitId: 'stttt',
        note: 'Đơn vị kế thừa: Sở Thông tin và Truyền thông → Sở Khoa học và Công nghệ (hợp nhất/sáp nhập từ 01/03/2025)',
      },
    ]);
  });

  it('follows a chain of successions and a split into every part', () => {
    const result = expandAssignments(
      [
        { activityId: 'chain', lead: [u('sold')], cooperating: [] },
        { activityId: 'split', lead: [u('ssplit')], cooperating: [] },
      ],
      directory,
      '2025-05-01',
    );
    expect(pairs(result.assignments)).toEqual(['chain:snew', 'split:sa', 'split:sb']);
    expect(result.assignments[0]?.note).toBe(
      'Đơn vị kế thừa: Sở Cũ → Sở Trung gian (đổi tên từ 01/01/2025) → Sở Mới (hợp nhất/sáp nhập từ 01/04/2025)',
    );
    expect(result.assignments[1]?.note).toContain('(chia tách từ 01/03/2025)');
  });

  it('stops in the middle of a chain when that unit is the one valid on the date', () => {
    expect(successorsOn(directory, 'sold', '2025-02-01').map((p) => p.unit.id)).toEqual(['smid']);
  });

  it('never assigns the same unit twice to one activity, and a lead is not also cooperating', () => {
    const result = expandAssignments(
      [
        {
          activityId: 'a',
          lead: [u('snv', 'Sở Nội vụ'), g('g-sbn', 'Các sở, ban, ngành'), u('stttt', 'Sở TTTT')],
          cooperating: [u('snv', 'Sở Nội vụ'), g('g-xa', 'UBND cấp xã'), u('xdh', 'UBND phường Đông Hà')],
        },
      ],
      directory,
      '2025-07-01',
    );
    const leads = pairs(result.assignments);
    expect(new Set(leads).size).toBe(leads.length);
    expect(leads).toEqual(['a:snv', 'a:skhcn', 'a:snew', 'a:sa', 'a:sb']);
    // The explicit name came first and keeps its own wording.
    expect(result.assignments[0]?.writtenAs).toBe('Sở Nội vụ');
    expect(pairs(result.cooperating)).toEqual(['a:xnew', 'a:xdh']);
  });

  it('honours a role written in brackets over the column', () => {
    const result = expandAssignments(
      [
        {
          activityId: 'a',
          lead: [u('snv', 'Sở Nội vụ (chủ trì)', 'lead'), g('g-xa', 'UBND cấp xã (phối hợp)', 'cooperating')],
          cooperating: [],
        },
      ],
      directory,
      '2025-07-01',
    );
    expect(pairs(result.assignments)).toEqual(['a:snv']);
    expect(pairs(result.cooperating)).toEqual(['a:xnew', 'a:xdh']);
  });

  it.each([
    [
      u(null, 'Ban QLKKT tỉnh'),
      'unresolved',
      'Chưa xác định được "Ban QLKKT tỉnh" là đơn vị nào trong danh mục; hãy chọn đơn vị.',
    ],
    [u('nope', 'Sở Ma'), 'unknown_unit', 'Đơn vị "Sở Ma" không có trong danh mục.'],
    [g('g-nope', 'Các hội đoàn thể'), 'unknown_group', 'Nhóm đơn vị "Các hội đoàn thể" không có trong danh mục.'],
    [
      g('g-huyen', 'UBND cấp huyện'),
      'empty_group',
      'Nhóm "UBND cấp huyện" không có đơn vị nào còn hoạt động vào ngày 01/07/2025.',
    ],
    [
      u('sgone', 'Sở Giải thể'),
      'no_successor',
      'Đơn vị "Sở Giải thể" không còn hoạt động vào ngày 01/07/2025 và không có đơn vị kế thừa; hãy chọn đơn vị nhận nhiệm vụ.',
    ],
    [
      u('sfuture', 'Sở Tương lai'),
      'not_yet_valid',
      'Đơn vị "Sở Tương lai" chỉ hoạt động từ ngày 01/01/2026, sau ngày giao 01/07/2025.',
    ],
    [{ ...u(null, 'Nhóm lạ'), group: true }, 'unresolved', 'Chưa xác định được "Nhóm lạ"'],
  ])('lists %j as unassigned (%s) with a Vietnamese reason', (ref, code, reason) => {
    const result = expandAssignments(
      [{ activityId: 'a', lead: [u('snv'), ref], cooperating: [] }],
      directory,
      '2025-07-01',
    );
    expect(pairs(result.assignments)).toEqual(['a:snv']);
    expect(result.unassigned).toHaveLength(1);
    expect(result.unassigned[0]).toMatchObject({ activityId: 'a', role: 'lead', writtenAs: ref.name, code });
    expect(result.unassigned[0]?.reason).toContain(reason);
  });

  it('reports an unresolved cooperating unit with its role', () => {
    const result = expandAssignments(
      [{ activityId: 'a', lead: [], cooperating: [u(null, 'Công an tỉnh')] }],
      directory,
      '2025-07-01',
    );
    expect(result.unassigned[0]).toMatchObject({ role: 'cooperating', code: 'unresolved' });
  });

  it('survives a succession cycle in bad data', () => {
    const cyclic = {
      ...directory,
      successions: [
        ...directory.successions,
        { fromId: 'sgone', toId: 'stttt', kind: 'rename' as const, effectiveOn: '2025-03-01', note: null },
        { fromId: 'skhcn', toId: 'sgone', kind: 'rename' as const, effectiveOn: '2025-03-01', note: null },
      ],
      units: directory.units.map((x) => (x.id === 'skhcn' ? { ...x, validTo: '2025-05-01' } : x)),
    };
    expect(successorsOn(cyclic, 'sgone', '2025-07-01')).toEqual([]);
  });
});
