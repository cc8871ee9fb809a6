import { describe, expect, it } from 'vitest';
import type { PlanActivity } from '../../../src/domain/plan/types.js';
import { activityMatcher, ANY_WARNING, groupByArea, warningCounts } from '../../../web/src/plans/review.js';
import { warningLabelKey } from '../../../web/src/plans/warnings.js';

const units = (text: string) => ({ text, units: [] });
function activity(id: string, area: string | null, text: string, lead: string, warnings: string[] = []): PlanActivity {
  return {
    id,
    area,
    number: id.split('-')[1] ?? null,
    objective: null,
    task: null,
    activity: text,
    deliverable: null,
    lead: units(lead),
    cooperating: units(''),
    deadline: { text: 'Quý I/2025', kind: 'period', start: '2025-01-01', due: '2025-03-31', parts: [] },
    budget: { text: 'Thường xuyên', kind: 'regular', amountMillionVnd: null },
    warnings: warnings.map((code) => ({ code, message: `cảnh báo ${code}`, field: 'lead' })),
    source: null,
  };
}

const areas = [
  { code: 'I', title: 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH' },
  { code: 'II', title: 'CẢI CÁCH THỂ CHẾ' },
  { code: 'III', title: 'CẢI CÁCH TTHC' },
];
const all = [
  activity('I-1', 'I', 'Xây dựng, ban hành Kế hoạch CCHC của tỉnh', 'Sở Nội vụ; các cơ quan tham mưu CCHC', [
    'unresolved_unit',
  ]),
  activity('I-2', 'I', 'Tuyên truyền công tác CCHC', 'Sở TTTT', ['successor_used', 'successor_used']),
  activity('II-1', 'II', 'Thẩm định dự thảo văn bản', 'Sở Tư pháp'),
  activity('X-1', 'IX', 'Hoạt động lạc lĩnh vực', 'Sở Nội vụ', ['unresolved_unit', 'unknown_deadline']),
];

describe('the plan review: activities grouped by area, filtered by warning and text', () => {
  it('groups in the plan’s area order, drops empty areas, and puts activities of an unknown area last', () => {
    const groups = groupByArea(areas, all, all);
    expect(groups.map((group) => [group.code, group.activities.map((a) => a.id)])).toEqual([
      ['I', ['I-1', 'I-2']],
      ['II', ['II-1']],
      [null, ['X-1']],
    ]);
  });

  it('keeps an area’s total when the filter leaves fewer of its activities', () => {
    const shown = all.filter(activityMatcher({ warning: 'unresolved_unit' }));
    const groups = groupByArea(areas, all, shown);
    expect(groups.map((group) => [group.code, group.activities.length, group.total])).toEqual([
      ['I', 1, 2],
      ['II', 0, 1],
      [null, 1, 1],
    ]);
  });

  it('counts activities per warning code, an activity once per code', () => {
    expect(Object.fromEntries(warningCounts(all))).toEqual({
      unresolved_unit: 2,
      successor_used: 1,
      unknown_deadline: 1,
    });
  });

  it('filters by one code, by any warning, and by words typed without diacritics (source text included)', () => {
    const ids = (filter: Parameters<typeof activityMatcher>[0], sources?: Record<string, string>) =>
      all.filter(activityMatcher(filter, sources)).map((a) => a.id);
    expect(ids({ warning: 'unknown_deadline' })).toEqual(['X-1']);
    expect(ids({ warning: ANY_WARNING })).toEqual(['I-1', 'I-2', 'X-1']);
    expect(ids({ q: 'so tu phap' })).toEqual(['II-1']);
    expect(ids({ q: 'tham muu  ke hoach' })).toEqual(['I-1']);
    expect(ids({ q: 'phụ lục dòng 12' }, { 'I-2': 'Phụ lục dòng 12 │ Tuyên truyền' })).toEqual(['I-2']);
    expect(ids({ warning: 'unresolved_unit', q: 'lac linh vuc' })).toEqual(['X-1']);
  });

  it('labels every warning code, an unknown one as “other”', () => {
    expect(warningLabelKey('unresolved_unit')).toBe('planWarning.unresolved_unit');
    expect(warningLabelKey('a_code_from_a_newer_server')).toBe('planWarning.other');
  });
});
