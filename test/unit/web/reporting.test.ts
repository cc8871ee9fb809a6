import { describe, expect, it } from 'vitest';
import { periodCompletenessReport, reportDiff } from '../../../src/contracts/reporting.js';
import { overdueSummary, periodCompleteness } from '../../../src/domain/reporting/completeness.js';
import { diffReports } from '../../../src/domain/reporting/report-diff.js';
import { emptySections, type ReportContent } from '../../../src/domain/reporting/report-form.js';
import { serverFieldErrors } from '../../../web/src/forms/validate.js';
import { translate } from '../../../web/src/i18n/translate.js';
import { defaultComparison } from '../../../web/src/reporting/comparison.js';
import { reportIssues } from '../../../web/src/reporting/issues.js';
import { formatFileSize, formatRate } from '../../../web/src/reporting/labels.js';
import { currentPeriod } from '../../../web/src/reporting/periods.js';
import { progressForStatus } from '../../../web/src/reporting/progress.js';

const A = '0b7a4c1e-8f3d-4a55-9d7e-1c2b3a4d5e6f';
const B = '1c8b5d2f-9a4e-4b66-8e8f-2d3c4b5e6f70';

describe('the contracts the browser validates reporting answers with', () => {
  it('describe the completeness the server computes', () => {
    const units = [{ id: A, name: 'UBND xã Cam Lộ', kind: 'commune' as const, level: 'commune' as const }];
    const figures = periodCompleteness(
      { code: 'M9', label: '9 tháng đầu năm 2025', dueOn: '2025-09-15' },
      units,
      [{ unitId: A, periodCode: 'M9', status: 'submitted', firstSubmittedOn: '2025-09-20' }],
      '2025-10-01',
    );
    const overdue = overdueSummary(
      [{ activityId: 'x', unitId: A, areaCode: 'I', status: 'not_started', dueOn: '2025-09-01' }],
      '2025-10-01',
    );
    const answer = { ...figures, entries: figures.entries.map((e) => ({ ...e, unitName: 'UBND xã Cam Lộ' })), overdue };
    const parsed = periodCompletenessReport.parse(answer);
    expect(parsed).toMatchObject({
      received: 1,
      late: 1,
      entries: [{ standing: 'under_review', timeliness: 'late' }],
      overdue: { assignments: 1 },
    });
  });

  it('describe the comparison of two report versions, word diffs included', () => {
    const item = {
      assignmentId: A,
      status: 'in_progress' as const,
      progress: 50,
      completedOn: null,
      reason: null,
      result: 'Đang soạn kế hoạch.',
      evidenceFileIds: [],
    };
    const before: ReportContent = {
      items: [item],
      indicators: [{ indicatorId: B, value: null, note: '' }],
      sections: emptySections(),
    };
    const after: ReportContent = {
      items: [
        {
          ...item,
          status: 'done',
          progress: 100,
          completedOn: '2025-08-01',
          result: 'Đã ban hành kế hoạch.',
          evidenceFileIds: [B],
        },
      ],
      indicators: [{ indicatorId: B, value: 85, note: 'Theo cổng DVC' }],
      sections: { ...emptySections(), achievements: 'Tuyên truyền 3 buổi.' },
    };
    const parsed = reportDiff.parse(diffReports(before, after));
    expect(parsed.items[0]!.fields.map((f) => f.field)).toEqual(['status', 'progress', 'completedOn']);
    expect(parsed.sections[0]!.ops).toEqual([{ op: 'insert', text: 'Tuyên truyền 3 buổi.' }]);
    expect(parsed.indicators[0]).toMatchObject({ before: null, after: 85 });
  });
});

describe('the report and task screens', () => {
  it('use the domain wording for statuses in Vietnamese and have English of their own', () => {
    expect(translate('vi', 'assignmentStatus.done_late')).toBe('Hoàn thành trễ hạn');
    expect(translate('vi', 'section.nextTasks')).toBe('Phương hướng, nhiệm vụ kỳ tới');
    expect(translate('vi', 'standing.missing')).toBe('Chưa báo cáo');
    expect(translate('en', 'assignmentStatus.done_late')).toBe('Done late');
  });

  it('moves progress with the status so the form does not offer what the rules refuse', () => {
    expect(progressForStatus('done', 40)).toBe(100);
    expect(progressForStatus('not_started', 40)).toBe(0);
    expect(progressForStatus('in_progress', 100)).toBe(50);
    expect(progressForStatus('in_progress', 30)).toBe(30);
    expect(progressForStatus('not_feasible', 30)).toBe(30);
  });

  it('opens the first period not yet due, or the last one when all are past', () => {
    const periods = [
      { id: 'y', dueOn: '2025-12-15' },
      { id: 'q1', dueOn: '2025-03-15' },
      { id: 'm9', dueOn: '2025-09-15' },
    ];
    expect(currentPeriod(periods, '2025-04-01')?.id).toBe('m9');
    expect(currentPeriod(periods, '2025-09-15')?.id).toBe('m9');
    expect(currentPeriod(periods, '2026-11-21')?.id).toBe('y');
    expect(currentPeriod([], '2026-11-21')).toBeUndefined();
  });

  it('compares the last two submissions for a reviewer, the last submission with the working copy for the unit', () => {
    const history = ['submit', 'return', 'submit', 'accept'].map((action, i) => ({ number: i + 1, action }));
    expect(defaultComparison(history, false)).toEqual({ from: 1, to: 3 });
    expect(defaultComparison(history.slice(0, 2), true)).toEqual({ from: 1, to: 0 });
    expect(defaultComparison(history.slice(0, 1), false)).toEqual({ from: 1, to: 1 });
  });

  it("puts a report's issues under the row and field they concern, and domain issues under form fields", () => {
    const issues = reportIssues({
      issues: [
        { field: 'items.2.completedOn', message: 'Nhiệm vụ I.1: Trạng thái "Hoàn thành" cần ngày hoàn thành.' },
        { path: 'indicators.0.value', message: 'Phải là số.' },
        { field: 'items.5', message: 'Báo cáo có nhiệm vụ không thuộc đơn vị.' },
      ],
    });
    expect(issues.of('items', 2)).toEqual({
      completedOn: 'Nhiệm vụ I.1: Trạng thái "Hoàn thành" cần ngày hoàn thành.',
    });
    expect(issues.of('indicators', 0)).toEqual({ value: 'Phải là số.' });
    expect(issues.of('items', 5)).toEqual({ _row: 'Báo cáo có nhiệm vụ không thuộc đơn vị.' });
    expect(issues.of('items', 0)).toEqual({});
    expect(
      serverFieldErrors({ issues: [{ code: 'reason_required', field: 'reason', message: 'Cần lý do.' }] }),
    ).toEqual({ reason: 'Cần lý do.' });
  });

  it('writes rates and file sizes the Vietnamese way', () => {
    expect(formatRate(1 / 31, '—')).toBe('3,2%');
    expect(formatRate(null, '—')).toBe('—');
    expect(formatFileSize(1_572_864)).toBe('1,5 MB');
    expect(formatFileSize(120)).toBe('1 KB');
  });
});
