import { describe, expect, it } from 'vitest';
import { diffReports } from '../../../src/domain/reporting/report-diff.js';
import {
  blankReportContent,
  withRecordedResults,
  type ReportContent,
} from '../../../src/domain/reporting/report-form.js';

const v1: ReportContent = {
  items: [
    {
      assignmentId: 'a1',
      status: 'in_progress',
      progress: 60,
      completedOn: null,
      reason: null,
      result: 'Đã số hóa 500 hồ sơ',
      evidenceFileIds: ['f1'],
    },
    {
      assignmentId: 'a2',
      status: 'not_started',
      progress: 0,
      completedOn: null,
      reason: null,
      result: '',
      evidenceFileIds: [],
    },
    {
      assignmentId: 'a3',
      status: 'in_progress',
      progress: 10,
      completedOn: null,
      reason: null,
      result: '',
      evidenceFileIds: [],
    },
  ],
  indicators: [
    { indicatorId: 'i1', value: 92.5, note: '' },
    { indicatorId: 'i2', value: 1, note: 'sáng kiến cấp tỉnh' },
  ],
  sections: {
    achievements: 'Ban hành kế hoạch CCHC năm 2025.',
    shortcomings: 'Tỷ lệ thanh toán trực tuyến còn thấp.',
    causes: '',
    nextTasks: '',
    proposals: '',
  },
};

describe('diffReports', () => {
  it('finds nothing between a version and its copy', () => {
    expect(diffReports(v1, structuredClone(v1))).toEqual({ changed: false, items: [], indicators: [], sections: [] });
  });

  it('lists item field changes with Vietnamese summaries, text diffs and evidence', () => {
    const v2 = structuredClone(v1);
    v2.items[0] = {
      ...v2.items[0]!,
      status: 'done_late',
      progress: 100,
      completedOn: '2025-07-02',
      result: 'Đã số hóa 1.200 hồ sơ',
      evidenceFileIds: ['f2'],
    };
    v2.items[2] = { ...v2.items[2]!, status: 'not_feasible', reason: 'Chưa bố trí kinh phí' };
    const diff = diffReports(v1, v2);
    expect(diff.changed).toBe(true);
    expect(diff.items.map((i) => i.assignmentId)).toEqual(['a1', 'a3']);
    expect(diff.items[0]?.fields.map((f) => f.summary)).toEqual([
      'Trạng thái: Đang thực hiện → Hoàn thành trễ hạn',
      'Tiến độ: 60% → 100%',
      'Ngày hoàn thành: (trống) → 02/07/2025',
    ]);
    expect(diff.items[0]?.result).toEqual([
      { op: 'equal', text: 'Đã số hóa ' },
      { op: 'delete', text: '500' },
      { op: 'insert', text: '1.200' },
      { op: 'equal', text: ' hồ sơ' },
    ]);
    expect(diff.items[0]).toMatchObject({ change: 'changed', evidenceAdded: ['f2'], evidenceRemoved: ['f1'] });
    expect(diff.items[1]?.fields.map((f) => f.summary)).toEqual([
      'Trạng thái: Đang thực hiện → Không thực hiện được',
      'Lý do không thực hiện được: (trống) → Chưa bố trí kinh phí',
    ]);
    expect(diff.items[1]?.result).toBeNull();
  });

  it('marks items and indicators added or removed between versions', () => {
    const v2 = structuredClone(v1);
    v2.items = [v2.items[1]!, v2.items[0]!, { ...v2.items[0]!, assignmentId: 'a9' }];
    v2.indicators = [
      { indicatorId: 'i1', value: 95, note: '' },
      { indicatorId: 'i3', value: null, note: '' },
    ];
    const diff = diffReports(v1, v2);
    expect(diff.items.map((i) => [i.assignmentId, i.change])).toEqual([
      ['a9', 'added'],
      ['a3', 'removed'],
    ]);
    expect(diff.indicators).toEqual([
      { indicatorId: 'i1', change: 'changed', before: 92.5, after: 95, note: null },
      { indicatorId: 'i3', change: 'added', before: null, after: null, note: null },
      {
        indicatorId: 'i2',
        change: 'removed',
        before: 1,
        after: null,
        note: [{ op: 'delete', text: 'sáng kiến cấp tỉnh' }],
      },
    ]);
  });

  it('shows narrative sections that changed, with their Vietnamese titles, in the report order', () => {
    const v2 = structuredClone(v1);
    v2.sections.proposals = 'Đề nghị bổ sung kinh phí số hóa.';
    v2.sections.shortcomings = 'Tỷ lệ thanh toán trực tuyến còn rất thấp.';
    const diff = diffReports(v1, v2);
    expect(diff.sections.map((s) => s.label)).toEqual(['Tồn tại, hạn chế', 'Đề xuất, kiến nghị']);
    expect(diff.sections[0]?.ops).toContainEqual({ op: 'insert', text: 'rất ' });
  });
});

describe('blankReportContent', () => {
  it("carries each task's status, result and evidence forward (no retyping) but starts figures and narrative afresh", () => {
    const form = blankReportContent(['a1', 'a4'], ['i1'], v1);
    expect(form.items).toEqual([
      {
        assignmentId: 'a1',
        status: 'in_progress',
        progress: 60,
        completedOn: null,
        reason: null,
        result: 'Đã số hóa 500 hồ sơ',
        evidenceFileIds: ['f1'],
      },
      {
        assignmentId: 'a4',
        status: 'not_started',
        progress: 0,
        completedOn: null,
        reason: null,
        result: '',
        evidenceFileIds: [],
      },
    ]);
    expect(form.indicators).toEqual([{ indicatorId: 'i1', value: null, note: '' }]);
    expect(Object.values(form.sections)).toEqual(['', '', '', '', '']);
  });

  it("fills a saved report's empty results from the task pages, keeping results the unit wrote", () => {
    const saved: ReportContent = {
      ...v1,
      items: [{ ...v1.items[0]!, result: 'Viết trong báo cáo' }, v1.items[1]!, { ...v1.items[2]!, result: '  ' }],
    };
    const recorded: ReportContent = {
      ...v1,
      items: v1.items.map((i) => ({ ...i, result: `Trên trang nhiệm vụ ${i.assignmentId}` })),
    };
    expect(withRecordedResults(saved, recorded).items.map((i) => i.result)).toEqual([
      'Viết trong báo cáo',
      'Trên trang nhiệm vụ a2',
      'Trên trang nhiệm vụ a3',
    ]);
  });
});
