import { describe, expect, it } from 'vitest';
import {
  planAssignmentChange,
  type AssignmentChange,
  type ExistingAssignment,
} from '../../../src/domain/reporting/assignment-changes.js';
import { directory } from './directory-fixture.js';

const existing: ExistingAssignment[] = [
  { id: 'x1', activityId: 'a', unitId: 'snv', cancelled: false },
  { id: 'x2', activityId: 'a', unitId: 'stttt', cancelled: false },
  { id: 'x3', activityId: 'a', unitId: 'sa', cancelled: true },
  { id: 'x4', activityId: 'a', unitId: 'ssplit', cancelled: false },
  { id: 'x5', activityId: 'b', unitId: 'sb', cancelled: false },
];
const asOf = '2025-07-01';

describe('planAssignmentChange', () => {
  it.each([
    [
      { type: 'reassign', assignmentId: 'x1', toUnitId: 'skhcn', reason: ' Theo chức năng mới ' },
      {
        cancel: ['x1'],
        create: [{ activityId: 'a', unitId: 'skhcn', carriedFrom: 'x1' }],
        reason: 'Theo chức năng mới',
      },
    ],
    // A cancelled assignment does not block giving the activity to the same unit again.
    [
      { type: 'split', assignmentId: 'x1', toUnitIds: ['sa', 'sb', 'sa'], reason: 'Chia theo lĩnh vực' },
      {
        cancel: ['x1'],
        create: [
          { activityId: 'a', unitId: 'sa', carriedFrom: 'x1' },
          { activityId: 'a', unitId: 'sb', carriedFrom: 'x1' },
        ],
        reason: 'Chia theo lĩnh vực',
      },
    ],
    [
      { type: 'add', activityId: 'b', unitId: 'xdh', reason: 'Bổ sung theo chỉ đạo' },
      { cancel: [], create: [{ activityId: 'b', unitId: 'xdh', carriedFrom: null }], reason: 'Bổ sung theo chỉ đạo' },
    ],
    [
      { type: 'cancel', assignmentId: 'x5', reason: 'Không còn phù hợp' },
      { cancel: ['x5'], create: [], reason: 'Không còn phù hợp' },
    ],
  ] as [AssignmentChange, unknown][])('%j', (change, plan) => {
    expect(planAssignmentChange(change, existing, directory, asOf)).toEqual({ ok: true, value: plan });
  });

  it("hands a merged unit's work to its successor with the history as the reason", () => {
    expect(planAssignmentChange({ type: 'follow_successor', assignmentId: 'x2' }, existing, directory, asOf)).toEqual({
      ok: true,
      value: {
        cancel: ['x2'],
        create: [{ activityId: 'a', unitId: 'skhcn', carriedFrom: 'x2' }],
        reason:
          'Chuyển cho đơn vị kế thừa: Sở Thông tin và Truyền thông → Sở Khoa học và Công nghệ (hợp nhất/sáp nhập từ 01/03/2025)',
      },
    });
  });

  it("hands a split unit's work to every part", () => {
    const result = planAssignmentChange({ type: 'follow_successor', assignmentId: 'x4' }, existing, directory, asOf);
    expect(result.ok && result.value.create.map((c) => c.unitId)).toEqual(['sa', 'sb']);
  });

  it.each([
    [{ type: 'cancel', assignmentId: 'x1', reason: '  ' }, 'reason_required', 'Cần ghi rõ lý do thay đổi phân công.'],
    [
      { type: 'cancel', assignmentId: 'nope', reason: 'x' },
      'assignment_not_found',
      'Không tìm thấy nhiệm vụ được giao cần thay đổi.',
    ],
    [
      { type: 'reassign', assignmentId: 'x3', toUnitId: 'snv', reason: 'x' },
      'already_cancelled',
      'Nhiệm vụ giao cho Sở A đã bị hủy trước đó.',
    ],
    [
      { type: 'reassign', assignmentId: 'x1', toUnitId: 'snv', reason: 'x' },
      'same_unit',
      'Nhiệm vụ đang giao cho chính "Sở Nội vụ".',
    ],
    [
      { type: 'reassign', assignmentId: 'x1', toUnitId: 'ssplit', reason: 'x' },
      'unit_not_valid',
      'Đơn vị "Sở Chia" không hoạt động vào ngày 01/07/2025.',
    ],
    [
      { type: 'reassign', assignmentId: 'x1', toUnitId: 'ghost', reason: 'x' },
      'unknown_unit',
      'Đơn vị "ghost" không có trong danh mục.',
    ],
    [
      { type: 'add', activityId: 'a', unitId: 'snv', reason: 'x' },
      'already_assigned',
      '"Sở Nội vụ" đã được giao hoạt động này.',
    ],
    [
      { type: 'split', assignmentId: 'x1', toUnitIds: ['sa', 'sa'], reason: 'x' },
      'split_needs_two',
      'Chia nhiệm vụ cần ít nhất hai đơn vị khác nhau.',
    ],
    [
      { type: 'follow_successor', assignmentId: 'x1' },
      'still_valid',
      '"Sở Nội vụ" vẫn đang hoạt động vào ngày 01/07/2025; không cần chuyển cho đơn vị kế thừa.',
    ],
  ] as [AssignmentChange, string, string][])('refuses %j: %s', (change, code, message) => {
    const result = planAssignmentChange(change, existing, directory, asOf);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ code, message }));
  });

  it('refuses to follow a unit that was dissolved without successor', () => {
    const result = planAssignmentChange(
      { type: 'follow_successor', assignmentId: 'g' },
      [{ id: 'g', activityId: 'a', unitId: 'sgone', cancelled: false }],
      directory,
      asOf,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'no_successor',
          message: '"Sở Giải thể" không có đơn vị kế thừa vào ngày 01/07/2025; hãy chọn đơn vị nhận nhiệm vụ.',
        },
      ],
    });
  });
});
