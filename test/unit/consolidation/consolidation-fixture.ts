import type { PeriodDataset } from '../../../src/domain/consolidation/dataset.js';
import type { ReportAssignment, UnitReportRow } from '../../../src/domain/consolidation/types.js';
import { emptySections, type ReportContent } from '../../../src/domain/reporting/report-form.js';

/** A small province at the 9-month report: two departments, two communes, two areas, two targets. */
const units = [
  { id: 'S1', name: 'Sở Tư pháp', kind: 'department', level: 'province' },
  { id: 'S2', name: 'Sở Y tế', kind: 'department', level: 'province' },
  { id: 'X1', name: 'UBND xã An Bình', kind: 'commune', level: 'commune' },
  { id: 'X2', name: 'UBND xã Bến Hải', kind: 'commune', level: 'commune' },
] as const;

const assignment = (
  id: string,
  unitId: string,
  areaCode: string,
  status: ReportAssignment['status'],
  progress: number,
  dueOn = '2025-12-31',
): ReportAssignment => ({
  id,
  activityId: `act-${id}`,
  unitId,
  areaCode,
  activityNumber: id.slice(1),
  activityTitle: `Hoạt động ${id}`,
  status,
  progress,
  dueOn,
  completedOn: status === 'done' || status === 'done_late' ? '2025-06-30' : null,
  evidenceCount: status === 'done' ? 2 : 0,
});

const content = (
  items: [string, ReportAssignment['status'], number, string][],
  sections: Partial<ReportContent['sections']> = {},
): ReportContent => ({
  items: items.map(([assignmentId, status, progress, result]) => ({
    assignmentId,
    status,
    progress,
    completedOn: null,
    reason: null,
    result,
    evidenceFileIds: [],
  })),
  indicators: [],
  sections: { ...emptySections(), ...sections },
});

const report = (
  unitId: string,
  periodCode: string,
  status: UnitReportRow['status'],
  firstSubmittedOn: string | null,
  body: ReportContent | null = null,
): UnitReportRow => ({ unitId, periodCode, status, firstSubmittedOn, content: body });

export function fixture(): PeriodDataset {
  const periods = [
    { code: 'Q1', label: 'Quý I năm 2025', dueOn: '2025-04-05', yearFraction: 0.25 },
    { code: 'H1', label: '6 tháng đầu năm 2025', dueOn: '2025-07-05', yearFraction: 0.5 },
    { code: 'M9', label: '9 tháng đầu năm 2025', dueOn: '2025-10-05', yearFraction: 0.75 },
    { code: 'Y', label: 'Năm 2025', dueOn: '2026-01-05', yearFraction: 1 },
  ];
  return {
    period: periods[2]!,
    periods,
    areas: [
      { code: 'I', title: 'Công tác chỉ đạo, điều hành' },
      { code: 'II', title: 'Cải cách thể chế' },
    ],
    units: units.map((u) => ({ ...u })),
    assignments: [
      assignment('a1', 'S1', 'I', 'done', 100, '2025-06-30'),
      assignment('a2', 'S1', 'II', 'done_late', 100, '2025-03-31'),
      assignment('a3', 'S2', 'I', 'in_progress', 50, '2025-09-30'),
      assignment('a4', 'X1', 'I', 'not_started', 0),
      assignment('a5', 'X1', 'II', 'done', 100),
      assignment('a6', 'X2', 'II', 'not_feasible', 0),
    ],
    reports: [
      report(
        'S1',
        'Q1',
        'accepted',
        '2025-04-02',
        content([
          ['a1', 'in_progress', 50, ''],
          ['a2', 'in_progress', 40, ''],
        ]),
      ),
      report('S2', 'Q1', 'accepted', '2025-04-05', content([['a3', 'not_started', 0, '']])),
      report(
        'S1',
        'M9',
        'accepted',
        '2025-10-01',
        content(
          [
            ['a1', 'done', 100, 'Ban hành kế hoạch  CCHC\nnăm 2025.'],
            ['a2', 'done_late', 100, 'Rà soát 45 văn bản.'],
          ],
          { achievements: 'Hoàn thành các nhiệm vụ.', proposals: 'Đề nghị bổ sung kinh phí số hóa.' },
        ),
      ),
      report(
        'S2',
        'M9',
        'submitted',
        '2025-10-10',
        content([['a3', 'in_progress', 50, 'Đang xây dựng quy chế.']], {
          shortcomings: 'Thiếu nhân lực.',
          proposals: '  ',
        }),
      ),
      report(
        'X1',
        'M9',
        'returned',
        '2025-10-03',
        content(
          [
            ['a4', 'not_started', 0, 'Chưa triển khai.'],
            ['a5', 'done', 100, 'Đã xong.'],
          ],
          { proposals: 'Đề nghị tập huấn.' },
        ),
      ),
    ],
    indicators: [
      {
        id: 'rate',
        areaCode: 'II',
        subject: 'Hồ sơ đúng hạn',
        text: 'Tỷ lệ hồ sơ giải quyết đúng hạn cấp xã đạt tối thiểu 90%',
        comparator: '>=',
        target: 90,
        unit: '%',
        level: 'commune',
      },
      {
        id: 'count',
        areaCode: 'I',
        subject: 'Sáng kiến',
        text: 'Có ít nhất 03 sáng kiến CCHC',
        comparator: '>=',
        target: 3,
        unit: 'sáng kiến',
        level: null,
      },
    ],
    indicatorValues: [
      { indicatorId: 'rate', periodCode: 'M9', unitId: 'X1', value: 80 },
      { indicatorId: 'rate', periodCode: 'M9', unitId: 'X2', value: 100 },
      { indicatorId: 'rate', periodCode: 'M9', unitId: 'S1', value: 10 },
      { indicatorId: 'count', periodCode: 'M9', unitId: null, value: 1 },
      { indicatorId: 'count', periodCode: 'M9', unitId: 'X1', value: 7 },
    ],
    today: '2025-10-20',
  };
}
