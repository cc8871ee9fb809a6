import { describe, expect, it } from 'vitest';
import {
  INITIAL_REPORT_STATE,
  allowedReportActions,
  applyReportAction,
  isReportLocked,
  isSubmittedOnTime,
  type ReportAction,
  type ReportActorRole,
  type ReportState,
  type ReportWorkflowState,
} from '../../../src/domain/reporting/report-workflow.js';

function run(steps: [ReportAction, ReportActorRole][]): ReportWorkflowState {
  return steps.reduce((state, [action, role]) => {
    const outcome = applyReportAction(state, action, role);
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    return outcome.state;
  }, INITIAL_REPORT_STATE);
}
const at = (status: ReportState, submissionCount = 1): ReportWorkflowState => ({
  status,
  submissionCount,
  reopenCount: 0,
});

describe('report review workflow', () => {
  it('goes draft → submitted → returned → resubmitted → accepted → reopened → accepted', () => {
    const state = run([
      [{ type: 'edit' }, 'reporter'],
      [{ type: 'submit' }, 'reporter'],
      [{ type: 'return', overallComment: 'Bổ sung số liệu TTHC' }, 'coordinator'],
      [{ type: 'edit' }, 'reporter'],
      [{ type: 'submit' }, 'reporter'],
      [{ type: 'accept' }, 'coordinator'],
      [{ type: 'reopen', reason: 'Sai số liệu chỉ tiêu 3' }, 'coordinator'],
      [{ type: 'submit' }, 'reporter'],
      [{ type: 'accept' }, 'coordinator'],
    ]);
    expect(state).toEqual({ status: 'accepted', submissionCount: 3, reopenCount: 1 });
    expect(isReportLocked(state)).toBe(true);
  });

  it('records what happened for the history', () => {
    const outcome = applyReportAction(
      at('submitted', 2),
      {
        type: 'return',
        overallComment: '  ',
        itemComments: [
          { itemKey: 'a-12', comment: ' Thiếu tài liệu kiểm chứng ' },
          { itemKey: 'a-13', comment: '' },
        ],
      },
      'coordinator',
    );
    expect(outcome).toEqual({
      ok: true,
      state: { status: 'returned', submissionCount: 2, reopenCount: 0 },
      transition: {
        action: 'return',
        from: 'submitted',
        to: 'returned',
        submissionNumber: null,
        overallComment: null,
        itemComments: [{ itemKey: 'a-12', comment: 'Thiếu tài liệu kiểm chứng' }],
        reason: null,
      },
    });
    const submit = applyReportAction(at('returned', 2), { type: 'submit' }, 'reporter');
    expect(submit.ok && submit.transition.submissionNumber).toBe(3);
    const reopen = applyReportAction(at('accepted'), { type: 'reopen', reason: ' Đơn vị đề nghị sửa ' }, 'coordinator');
    expect(reopen.ok && [reopen.state.status, reopen.transition.reason]).toEqual(['returned', 'Đơn vị đề nghị sửa']);
  });

  it('never changes the state it is given', () => {
    const state = at('draft', 0);
    applyReportAction(state, { type: 'submit' }, 'reporter');
    expect(state).toEqual(at('draft', 0));
  });

  it.each([
    [
      at('draft'),
      { type: 'accept' },
      'reporter',
      'forbidden',
      'Chỉ cán bộ theo dõi, tổng hợp báo cáo (Sở Nội vụ) mới được chấp nhận báo cáo.',
    ],
    [
      at('submitted'),
      { type: 'edit' },
      'coordinator',
      'forbidden',
      'Chỉ cán bộ của đơn vị báo cáo mới được sửa báo cáo.',
    ],
    [at('draft'), { type: 'submit' }, 'viewer', 'forbidden', 'mới được gửi báo cáo'],
    [
      at('accepted'),
      { type: 'edit' },
      'reporter',
      'locked',
      'Báo cáo đã được chấp nhận và đã khóa; không thể sửa báo cáo. Nếu cần sửa, đề nghị Sở Nội vụ mở lại.',
    ],
    [at('accepted'), { type: 'submit' }, 'reporter', 'locked', 'đã khóa'],
    [
      at('submitted'),
      { type: 'edit' },
      'reporter',
      'awaiting_review',
      'Báo cáo đã gửi và đang chờ xem xét; không thể sửa báo cáo cho đến khi được trả lại.',
    ],
    [
      at('draft'),
      { type: 'accept' },
      'coordinator',
      'invalid_state',
      'Chỉ có thể chấp nhận báo cáo khi báo cáo ở trạng thái "Đã gửi, chờ xem xét"; báo cáo hiện "Đang soạn".',
    ],
    [
      at('returned'),
      { type: 'return', overallComment: 'x' },
      'coordinator',
      'invalid_state',
      'báo cáo hiện "Bị trả lại, cần bổ sung"',
    ],
    [
      at('submitted'),
      { type: 'reopen', reason: 'x' },
      'coordinator',
      'invalid_state',
      'Chỉ có thể mở lại báo cáo khi báo cáo ở trạng thái "Đã chấp nhận"',
    ],
    [at('submitted'), { type: 'return' }, 'coordinator', 'comment_required', 'Trả lại báo cáo cần ít nhất một ý kiến'],
    [
      at('submitted'),
      { type: 'return', overallComment: ' ', itemComments: [{ itemKey: 'a', comment: '  ' }] },
      'coordinator',
      'comment_required',
      'nhận xét chung',
    ],
    [
      at('accepted'),
      { type: 'reopen', reason: '   ' },
      'coordinator',
      'reason_required',
      'Mở lại báo cáo đã chấp nhận cần ghi rõ lý do.',
    ],
  ] as [ReportWorkflowState, ReportAction, ReportActorRole, string, string][])(
    'refuses %j %j by %s: %s',
    (state, action, role, code, message) => {
      const outcome = applyReportAction(state, action, role);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.refusal.code).toBe(code);
        expect(outcome.refusal.message).toContain(message);
      }
    },
  );

  it('refuses the unit any change in a closed period, naming it', () => {
    const outcome = applyReportAction(at('returned'), { type: 'submit' }, 'reporter', {
      periodClosed: true,
      periodLabel: 'Quý I/2025',
    });
    expect(outcome).toEqual({
      ok: false,
      refusal: { code: 'period_closed', message: 'Kỳ báo cáo Quý I/2025 đã khóa sổ; không thể gửi báo cáo.' },
    });
  });

  it.each([
    ['draft', 'reporter', ['edit', 'submit']],
    ['returned', 'reporter', ['edit', 'submit']],
    ['submitted', 'reporter', []],
    ['accepted', 'reporter', []],
    ['submitted', 'coordinator', ['return', 'accept']],
    ['accepted', 'coordinator', ['reopen']],
    ['draft', 'coordinator', []],
    ['submitted', 'viewer', []],
  ] as [ReportState, ReportActorRole, string[]][])('in %s a %s may %j', (status, role, actions) => {
    expect(allowedReportActions(at(status), role)).toEqual(actions);
  });
});

describe('isSubmittedOnTime', () => {
  it.each([
    ['2025-03-15', true],
    ['2025-03-16', false],
    // 23:30 on the due date in Hà Nội is 16:30 UTC: still on time.
    ['2025-03-15T16:30:00Z', true],
    // 00:30 the next morning in Hà Nội is 17:30 UTC on the due date: late.
    ['2025-03-15T17:30:00Z', false],
    [new Date('2025-03-14T20:00:00Z'), true],
  ])('%s against 15/03/2025 is on time: %s', (submittedAt, expected) => {
    expect(isSubmittedOnTime(submittedAt, '2025-03-15')).toBe(expected);
  });
});
