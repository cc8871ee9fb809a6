import { describe, expect, it } from 'vitest';
import {
  completenessByGroup,
  overdueSummary,
  periodCompleteness,
  selectUnits,
  unitHistory,
  type AssignmentRecord,
  type CompletenessPeriod,
  type CompletenessUnit,
  type ReportRecord,
} from '../../../src/domain/reporting/completeness.js';

const units: CompletenessUnit[] = [
  { id: 'snv', name: 'Sở Nội vụ', kind: 'department', level: 'province' },
  { id: 'stc', name: 'Sở Tài chính', kind: 'department', level: 'province' },
  { id: 'hcl', name: 'UBND huyện Cam Lộ', kind: 'district', level: 'district' },
  { id: 'xdh', name: 'UBND phường Đông Hà', kind: 'commune', level: 'commune' },
  { id: 'xcl', name: 'UBND xã Cam Lộ', kind: 'commune', level: 'commune' },
];
const q1: CompletenessPeriod = { code: 'Q1', label: 'Quý I/2025', dueOn: '2025-03-15' };
const h1: CompletenessPeriod = { code: 'H1', label: '6 tháng đầu năm 2025', dueOn: '2025-06-15' };
const reports: ReportRecord[] = [
  { unitId: 'snv', periodCode: 'Q1', status: 'accepted', firstSubmittedOn: '2025-03-14' },
  // Returned and resubmitted later: still on time, because the first submission was.
  { unitId: 'stc', periodCode: 'Q1', status: 'submitted', firstSubmittedOn: '2025-03-15' },
  { unitId: 'hcl', periodCode: 'Q1', status: 'returned', firstSubmittedOn: '2025-03-20' },
  { unitId: 'xdh', periodCode: 'Q1', status: 'draft', firstSubmittedOn: null },
  { unitId: 'snv', periodCode: 'H1', status: 'submitted', firstSubmittedOn: '2025-06-10' },
];

describe('periodCompleteness', () => {
  it('counts expected, received, accepted and on time, and lists who has not reported', () => {
    const result = periodCompleteness(q1, units, reports, '2025-03-25');
    expect(result).toMatchObject({
      expected: 5,
      received: 3,
      accepted: 1,
      onTime: 2,
      late: 1,
      receivedRate: 0.6,
      acceptedRate: 0.2,
      onTimeRate: 0.4,
    });
    expect(result.missing.map((u) => u.name)).toEqual(['UBND phường Đông Hà', 'UBND xã Cam Lộ']);
    expect(result.entries.map((e) => [e.unitId, e.standing, e.timeliness])).toEqual([
      ['snv', 'accepted', 'on_time'],
      ['stc', 'under_review', 'on_time'],
      ['hcl', 'returned', 'late'],
      ['xdh', 'draft', 'overdue'],
      ['xcl', 'missing', 'overdue'],
    ]);
  });

  it('does not call anyone overdue before the due date has passed', () => {
    const result = periodCompleteness(h1, units, reports, '2025-06-15');
    expect(result.entries.map((e) => e.timeliness)).toEqual(['on_time', 'not_due', 'not_due', 'not_due', 'not_due']);
  });

  it('has no rates when no unit is expected', () => {
    expect(periodCompleteness(q1, [], reports, '2025-03-25')).toMatchObject({
      expected: 0,
      onTimeRate: null,
      receivedRate: null,
      missing: [],
    });
  });

  it('groups by unit kind and by level with Vietnamese labels', () => {
    const byKind = completenessByGroup(q1, units, reports, '2025-03-25', 'kind');
    expect(byKind.map((g) => [g.label, g.completeness.expected, g.completeness.received])).toEqual([
      ['Sở, ban, ngành', 2, 2],
      ['UBND cấp huyện', 1, 1],
      ['UBND cấp xã', 2, 0],
    ]);
    const byLevel = completenessByGroup(q1, units, reports, '2025-03-25', 'level');
    expect(byLevel.map((g) => g.label)).toEqual(['Cấp tỉnh', 'Cấp huyện', 'Cấp xã']);
  });
});

const assignments: AssignmentRecord[] = [
  { activityId: 'a1', unitId: 'xdh', areaCode: 'III', status: 'in_progress', dueOn: '2025-03-31' },
  { activityId: 'a1', unitId: 'xcl', areaCode: 'III', status: 'not_started', dueOn: '2025-03-31' },
  { activityId: 'a1', unitId: 'snv', areaCode: 'III', status: 'done', dueOn: '2025-03-31' },
  { activityId: 'a2', unitId: 'xcl', areaCode: 'VII', status: 'in_progress', dueOn: '2025-01-31' },
  { activityId: 'a3', unitId: 'stc', areaCode: 'VI', status: 'in_progress', dueOn: '2025-06-30' },
  { activityId: 'a4', unitId: 'hcl', areaCode: 'VII', status: 'in_progress', dueOn: '2025-02-28', cancelled: true },
];

describe('filters', () => {
  it.each([
    [{ kinds: ['commune'] }, ['xdh', 'xcl']],
    [{ levels: ['province', 'district'] }, ['snv', 'stc', 'hcl']],
    [{ areaCodes: ['VII'] }, ['xcl']],
    [{ areaCodes: ['III'], kinds: ['department'] }, ['snv']],
    [{}, ['snv', 'stc', 'hcl', 'xdh', 'xcl']],
  ] as const)('%j selects %j', (filter, ids) => {
    expect(selectUnits(units, filter, assignments).map((u) => u.id)).toEqual(ids);
  });
});

describe('unitHistory', () => {
  it('shows one unit across periods', () => {
    expect(unitHistory('hcl', [q1, h1], reports, '2025-06-20')).toMatchObject({
      onTime: 0,
      late: 1,
      overdue: 1,
      entries: [
        { periodCode: 'Q1', standing: 'returned', timeliness: 'late', firstSubmittedOn: '2025-03-20' },
        { periodCode: 'H1', standing: 'missing', timeliness: 'overdue', firstSubmittedOn: null },
      ],
    });
  });
});

describe('overdueSummary', () => {
  it('counts overdue assignments and activities, most overdue units first', () => {
    expect(overdueSummary(assignments, '2025-04-10')).toEqual({
      assignments: 3,
      activities: 2,
      byUnit: [
        { unitId: 'xcl', count: 2, maxDaysOverdue: 69 },
        { unitId: 'xdh', count: 1, maxDaysOverdue: 10 },
      ],
      byArea: [
        { areaCode: 'III', count: 2 },
        { areaCode: 'VII', count: 1 },
      ],
    });
  });

  it.each([
    [{ areaCodes: ['VII'] }, 1],
    [{ kinds: ['department'] }, 0],
    [{ levels: ['commune'] }, 3],
  ] as const)('narrows with %j', (filter, count) => {
    expect(overdueSummary(assignments, '2025-04-10', filter, units).assignments).toBe(count);
  });
});
