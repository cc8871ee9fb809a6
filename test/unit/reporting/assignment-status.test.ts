import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_STATUS_LABELS,
  daysOverdue,
  deriveCompletionStatus,
  isOverdue,
  parseAssignmentStatus,
  validateAssignmentProgress,
} from '../../../src/domain/reporting/assignment-status.js';

const context = { dueOn: '2025-06-30', today: '2025-07-10' };

describe('assignment status', () => {
  it.each([
    ['done_late', 'done_late'],
    ['Hoàn thành trễ hạn', 'done_late'],
    ['hoan thanh tre han', 'done_late'],
    ['  ĐANG THỰC HIỆN ', 'in_progress'],
    ['Không thực hiện được', 'not_feasible'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseAssignmentStatus(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['finished', '', 42, null])('refuses the unknown status %j with the list of real ones', (input) => {
    const result = parseAssignmentStatus(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.message).toContain(`Trạng thái "${String(input)}" không tồn tại`);
      expect(result.issues[0]?.message).toContain('Hoàn thành trễ hạn');
    }
  });

  it('has a Vietnamese label for every status', () => {
    expect(Object.values(ASSIGNMENT_STATUS_LABELS)).toEqual([
      'Chưa triển khai',
      'Đang thực hiện',
      'Hoàn thành',
      'Hoàn thành trễ hạn',
      'Không thực hiện được',
    ]);
  });

  it.each([
    ['2025-06-30', '2025-06-30', 'done'],
    ['2025-07-01', '2025-06-30', 'done_late'],
    ['2025-01-15', null, 'done'],
  ] as const)('completed %s against due %s is %s', (completedOn, dueOn, expected) => {
    expect(deriveCompletionStatus(completedOn, dueOn)).toBe(expected);
  });
});

describe('validateAssignmentProgress', () => {
  it.each([
    [
      { status: 'done', progress: 100, completedOn: '2025-07-02' },
      { status: 'done_late', completedOn: '2025-07-02' },
    ],
    [
      { status: 'done_late', progress: 100, completedOn: '2025-06-20' },
      { status: 'done', completedOn: '2025-06-20' },
    ],
    [
      { status: 'in_progress', progress: 40, completedOn: '2025-06-20' },
      { status: 'in_progress', completedOn: null },
    ],
    [
      { status: 'not_feasible', progress: 30, reason: '  Chưa có kinh phí ' },
      { status: 'not_feasible', reason: 'Chưa có kinh phí' },
    ],
    [
      { status: 'in_progress', progress: 50, reason: 'ghi chú thừa' },
      { status: 'in_progress', reason: null },
    ],
    [
      { status: 'not_started', progress: 0 },
      { status: 'not_started', progress: 0 },
    ],
  ])('normalises %j', (input, expected) => {
    const result = validateAssignmentProgress(input, context);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject(expected);
  });

  it.each([
    [{ status: 'xong', progress: 100 }, 'unknown_status', 'Trạng thái "xong" không tồn tại'],
    [{ status: 'in_progress', progress: 40.5 }, 'invalid_progress', 'số nguyên phần trăm từ 0 đến 100'],
    [{ status: 'in_progress', progress: 120 }, 'invalid_progress', 'Tiến độ "120" không hợp lệ'],
    [{ status: 'in_progress', progress: '50' }, 'invalid_progress', 'Tiến độ "50" không hợp lệ'],
    [{ status: 'in_progress', progress: -1 }, 'invalid_progress', 'Tiến độ "-1"'],
    [{ status: 'done', progress: 90, completedOn: '2025-06-01' }, 'progress_status_mismatch', 'phải có tiến độ 100%'],
    [{ status: 'not_started', progress: 10 }, 'progress_status_mismatch', 'chọn "Đang thực hiện"'],
    [{ status: 'in_progress', progress: 100 }, 'progress_status_mismatch', 'chọn trạng thái "Hoàn thành"'],
    [{ status: 'done', progress: 100 }, 'completion_date_required', 'cần ngày hoàn thành'],
    [
      { status: 'done', progress: 100, completedOn: '30/06/2025' },
      'invalid_completion_date',
      'Ngày hoàn thành: "30/06/2025" cần viết dạng năm-tháng-ngày (2025-06-30).',
    ],
    [
      { status: 'done', progress: 100, completedOn: '2025-02-30' },
      'invalid_completion_date',
      'Ngày hoàn thành: 30/02/2025 không phải là ngày hợp lệ',
    ],
    [
      { status: 'done', progress: 100, completedOn: '2025-07-11' },
      'completion_in_future',
      '11/07/2025 chưa đến (hôm nay là 10/07/2025)',
    ],
    [{ status: 'not_feasible', progress: 0, reason: '   ' }, 'reason_required', 'ghi rõ lý do'],
    [{ status: 'not_feasible', progress: 0 }, 'reason_required', 'Không thực hiện được'],
  ])('refuses %j with %s', (input, code, message) => {
    const result = validateAssignmentProgress(input, context);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.code)).toContain(code);
      expect(result.issues.map((i) => i.message).join(' | ')).toContain(message);
    }
  });

  it('lists every problem at once', () => {
    const result = validateAssignmentProgress({ status: 'done', progress: 80, completedOn: 'hôm qua' }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.field)).toEqual(['progress', 'completedOn']);
  });
});

describe('overdue', () => {
  it.each([
    [{ status: 'in_progress', dueOn: '2025-06-30' }, '2025-07-01', true, 1],
    [{ status: 'not_started', dueOn: '2025-06-30' }, '2025-07-14', true, 14],
    [{ status: 'in_progress', dueOn: '2025-06-30' }, '2025-06-30', false, 0],
    [{ status: 'done_late', dueOn: '2025-06-30' }, '2025-08-01', false, 0],
    [{ status: 'not_feasible', dueOn: '2025-06-30' }, '2025-08-01', false, 0],
    [{ status: 'in_progress', dueOn: null }, '2025-12-31', false, 0],
    [{ status: 'in_progress', dueOn: '2025-06-30', cancelled: true }, '2025-08-01', false, 0],
  ] as const)('%j on %s: overdue %s, %i days', (assignment, today, overdue, days) => {
    expect(isOverdue(assignment, today)).toBe(overdue);
    expect(daysOverdue(assignment, today)).toBe(days);
  });
});
