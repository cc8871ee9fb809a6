import type { CriteriaNode, CriteriaSet } from '../../../src/domain/scoring/types.js';

/** A small set using every method, a bonus and a penalty, and both not-applicable rules. */
export function sampleSet(overrides: Partial<CriteriaSet> = {}, nodes?: CriteriaNode[]): CriteriaSet {
  return {
    format: 'cchc-criteria/1',
    code: 'TEST-2025',
    name: 'Bộ thử',
    year: 2025,
    subject: 'department',
    maxTotal: 10,
    naRescaling: 'reduce_max',
    bands: [
      { minPercent: 90, label: 'Xuất sắc' },
      { minPercent: 80, label: 'Tốt' },
      { minPercent: 50, label: 'Trung bình' },
      { minPercent: 0, label: 'Yếu' },
    ],
    nodes: nodes ?? [
      {
        code: '1',
        title: 'Chỉ đạo, điều hành',
        maxPoints: 6,
        children: [
          { code: '1.1', title: 'Ban hành kế hoạch', maxPoints: 1, method: { type: 'yes_no' } },
          {
            code: '1.2',
            title: 'Hoàn thành kế hoạch',
            maxPoints: 2,
            method: {
              type: 'tiers',
              measure: 'percent',
              tiers: [
                { atLeast: 100, points: 2 },
                { atLeast: 80, points: 1 },
              ],
            },
            linkedFigure: 'activities_on_time_rate',
          },
          { code: '1.3', title: 'Hài lòng', maxPoints: 1.5, source: 'survey', method: { type: 'proportional' } },
          {
            code: '1.4',
            title: 'Nhiệm vụ được giao',
            maxPoints: 1.5,
            method: {
              type: 'formula',
              expression: 'max * done / total',
              inputs: [
                { name: 'done', label: 'Số hoàn thành' },
                { name: 'total', label: 'Tổng số' },
              ],
            },
            notApplicable: 'exclude',
          },
        ],
      },
      {
        code: '2',
        title: 'Thủ tục hành chính',
        maxPoints: 4,
        children: [
          {
            code: '2.1',
            title: 'Chấm trực tiếp',
            maxPoints: 3,
            method: { type: 'manual' },
            notApplicable: 'full_marks',
          },
          { code: '2.2', title: 'Kiểm tra', maxPoints: 1, method: { type: 'yes_no' }, notApplicable: 'exclude' },
        ],
      },
      {
        code: 'T',
        title: 'Điểm thưởng',
        kind: 'bonus',
        maxPoints: 1,
        children: [
          {
            code: 'T.1',
            title: 'Sáng kiến',
            maxPoints: 2,
            method: { type: 'formula', expression: '0.5 * n', inputs: [{ name: 'n', label: 'Số sáng kiến' }] },
          },
        ],
      },
      { code: 'TR', title: 'Điểm trừ', kind: 'penalty', maxPoints: 2, method: { type: 'manual' } },
    ],
    ...overrides,
  };
}
