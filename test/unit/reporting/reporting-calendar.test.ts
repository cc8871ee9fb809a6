import { describe, expect, it } from 'vitest';
import {
  buildPeriodSchedule,
  type ReportingPeriod,
  type ScheduleOptions,
} from '../../../src/domain/reporting/periods.js';
import {
  calendarOrDefault,
  DEFAULT_CALENDAR,
  dueRuleText,
  planCalendarChange,
  readDueText,
  type StoredPeriod,
} from '../../../src/domain/reporting/reporting-calendar.js';
import { periodDueForUnit } from '../../../src/domain/reporting/unit-due-date.js';
import { periodCompleteness } from '../../../src/domain/reporting/completeness.js';
import { figurePeriodOfReportingPeriod } from '../../../src/domain/figures/indicator-link.js';

function schedule(year: number, options: ScheduleOptions): ReportingPeriod[] {
  const result = buildPeriodSchedule(year, options);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}
function refusal(options: ScheduleOptions): string[] {
  const result = buildPeriodSchedule(2025, options);
  return result.ok ? [] : result.issues.map((i) => `${i.field}: ${i.message}`);
}

describe('a plan calendar with monthly reports', () => {
  const periods = schedule(2025, { periods: ['month', 'Q1', 'H1', 'M9', 'Y'] });

  it('gives twelve months "Tháng 1/2025" … each before the quarter that ends with it', () => {
    expect(periods.map((p) => p.code)).toEqual([
      'T1',
      'T2',
      'T3',
      'Q1',
      'T4',
      'T5',
      'T6',
      'H1',
      'T7',
      'T8',
      'T9',
      'M9',
      'T10',
      'T11',
      'T12',
      'Y',
    ]);
    const may = periods.find((p) => p.code === 'T5')!;
    expect(may).toMatchObject({ kind: 'month', label: 'Tháng 5/2025', yearFraction: 5 / 12, dueOn: '2025-05-15' });
  });

  it('covers each month once with the Nghị định 09 cut-off (15/04 → 14/05 for May; 15/12 → 14/01 for January)', () => {
    const months = periods.filter((p) => p.kind === 'month');
    expect(months.map((p) => [p.start, p.end]).slice(0, 2)).toEqual([
      ['2024-12-15', '2025-01-14'],
      ['2025-01-15', '2025-02-14'],
    ]);
    for (let i = 1; i < months.length; i++) expect(months[i]!.start > months[i - 1]!.end).toBe(true);
  });

  it('with calendar windows a month is its own days, February included', () => {
    const feb = schedule(2024, {
      periods: ['month'],
      window: { rule: 'calendar' },
      due: readDueText('+5')!,
    }).find((p) => p.code === 'T2')!;
    expect([feb.start, feb.end, feb.dueOn]).toEqual(['2024-02-01', '2024-02-29', '2024-03-05']);
  });

  it('takes a monthly due day of its own and a fixed date for 6 tháng as real plans write it', () => {
    const own = schedule(2025, {
      periods: ['month', 'H1', 'Y'],
      dueOverrides: {
        month: { rule: 'day_of_last_month', day: 25 },
        H1: readDueText('07/6')!,
        Y: readDueText('07/11')!,
      },
    });
    expect(own.find((p) => p.code === 'T2')!.dueOn).toBe('2025-02-25');
    expect(own.find((p) => p.code === 'H1')!.dueOn).toBe('2025-06-07');
    expect(own.find((p) => p.code === 'Y')!.dueOn).toBe('2025-11-07');
  });

  it('puts a year report due "10/01" in the next January', () => {
    const [year] = schedule(2025, {
      periods: ['Y'],
      window: { rule: 'calendar' },
      dueOverrides: { Y: readDueText('10/01')! },
    });
    expect(year!.dueOn).toBe('2026-01-10');
  });

  it('a figure for a monthly report is the year to date, like the other reports', () => {
    const april = periods.find((p) => p.code === 'T4')!;
    expect(figurePeriodOfReportingPeriod(april, 2025)).toEqual({ from: '2025-01-01', to: '2025-04-30' });
  });
});

describe('due days per level', () => {
  const periods = schedule(2025, {
    periods: ['month', 'Q1'],
    dueOverrides: { month: { rule: 'day_of_last_month', day: 20 } },
    levelDue: {
      month: { commune: { rule: 'day_of_last_month', day: 10 }, district: { rule: 'day_of_last_month', day: 15 } },
      Q1: { commune: readDueText('05/03')! },
    },
  });

  it('gives communes and districts their own day, departments the period’s', () => {
    const march = periods.find((p) => p.code === 'T3')!;
    expect(march.dueOn).toBe('2025-03-20');
    expect(march.dueByLevel).toEqual({ commune: '2025-03-10', district: '2025-03-15' });
    expect(periodDueForUnit(march, 'commune')).toBe('2025-03-10');
    expect(periodDueForUnit(march, 'district')).toBe('2025-03-15');
    expect(periodDueForUnit(march, 'department')).toBe('2025-03-20');
    expect(periodDueForUnit(march, 'province')).toBe('2025-03-20');
    const q1 = periods.find((p) => p.code === 'Q1')!;
    expect(periodDueForUnit(q1, 'commune')).toBe('2025-03-05');
    expect(periodDueForUnit(q1, 'other')).toBe('2025-03-15');
  });
});

describe('refusals name the period and the field', () => {
  it('refuses 31/02 and 31/06 as due dates', () => {
    expect(refusal({ periods: ['Q1'], dueOverrides: { Q1: readDueText('31/02')! } })).toEqual([
      'dueOverrides.Q1: Ngày hạn báo cáo quý I không hợp lệ: 31/02.',
    ]);
    expect(refusal({ periods: ['H1'], levelDue: { H1: { commune: readDueText('31/6')! } } })).toEqual([
      'levelDue.H1.commune: Ngày hạn báo cáo 6 tháng (cấp xã) không hợp lệ: 31/06.',
    ]);
  });

  it('accepts 29/02, kept to 28/02 in a common year', () => {
    const [q1] = schedule(2025, { periods: ['Q1'], dueOverrides: { Q1: readDueText('29/02')! } });
    expect(q1!.dueOn).toBe('2025-02-28');
  });

  it('refuses a fixed date for monthly reports, and a day out of range', () => {
    expect(refusal({ periods: ['month'], dueOverrides: { month: readDueText('07/6')! } })[0]).toContain(
      'Báo cáo tháng không dùng được hạn cố định 07/06',
    );
    expect(refusal({ periods: ['month'], due: { rule: 'fixed_date', month: 6, day: 7 } })[0]).toMatch(/^due: /);
    expect(refusal({ periods: ['month'], dueOverrides: { month: { rule: 'day_of_last_month', day: 32 } } })).toEqual([
      'dueOverrides.month: Ngày hạn báo cáo tháng "32" phải là số nguyên từ 1 đến 31.',
    ]);
  });
});

describe('typed due dates', () => {
  it.each([
    ['15', { rule: 'day_of_last_month', day: 15 }, '15'],
    ['07/6', { rule: 'fixed_date', day: 7, month: 6 }, '07/06'],
    [' 7.11 ', { rule: 'fixed_date', day: 7, month: 11 }, '07/11'],
    ['+5', { rule: 'days_after_end', days: 5 }, '+5'],
  ])('reads "%s"', (text, rule, written) => {
    expect(readDueText(text)).toEqual(rule);
    expect(dueRuleText(readDueText(text)!)).toBe(written);
  });
  it.each(['', 'ngày 15', '07/06/2025', '1/2/3'])('does not read "%s"', (text) => expect(readDueText(text)).toBeNull());
});

describe('defaults', () => {
  it('with nothing set, the calendar is today’s schedule', () => {
    expect(calendarOrDefault(null)).toBe(DEFAULT_CALENDAR);
    expect(schedule(2025, DEFAULT_CALENDAR).map((p) => [p.code, p.dueOn])).toEqual(
      schedule(2025, {}).map((p) => [p.code, p.dueOn]),
    );
  });
});

describe('planCalendarChange', () => {
  const stored = (p: ReportingPeriod, extra: Partial<StoredPeriod> = {}): StoredPeriod => ({
    id: `id-${p.code}`,
    code: p.code,
    kind: p.kind,
    label: p.label,
    start: p.start,
    end: p.end,
    dueOn: p.dueOn,
    dueByLevel: p.dueByLevel ?? {},
    closed: false,
    inUse: false,
    ...extra,
  });
  const today = schedule(2025, {});

  it('adds months, moves open periods, drops unused ones, keeps one with reports and leaves ad-hoc alone', () => {
    const now = [
      stored(today[0]!, { inUse: true }), // Q1 has reports
      stored(today[1]!), // H1 open
      stored(today[2]!, { closed: true }), // M9 closed
      stored(today[3]!), // Y open
      { ...stored(today[3]!), id: 'id-DX1', code: 'DX1', kind: 'ad_hoc', label: 'Đột xuất' },
    ];
    const next = schedule(2025, {
      periods: ['month', 'Q1', 'H1'],
      dueOverrides: { Q1: readDueText('10/03')!, H1: readDueText('07/6')! },
    });
    const change = planCalendarChange(now, next);
    expect(change.added.map((p) => p.code)).toEqual([
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'T8',
      'T9',
      'T10',
      'T11',
      'T12',
    ]);
    expect(change.changed.map((p) => [p.code, p.previousDueOn, p.dueOn])).toEqual([['H1', '2025-06-15', '2025-06-07']]);
    expect(change.removed.map((p) => p.code)).toEqual(['Y']);
    expect(change.kept.map((p) => [p.code, p.reason, p.dueOn])).toEqual([
      ['Q1', 'in_use', '2025-03-15'],
      ['M9', 'closed', '2025-09-15'],
    ]);
    expect(change.unchanged).toBe(0);
  });

  it('changes nothing when the calendar gives the same periods', () => {
    const change = planCalendarChange(
      today.map((p) => stored(p)),
      today,
    );
    expect(change).toMatchObject({ added: [], changed: [], removed: [], kept: [], unchanged: 4 });
  });
});

describe('completeness against a level’s own due date', () => {
  it('counts a commune late after its day, a department on time before the period’s', () => {
    const period = { code: 'T4', label: 'Tháng 4/2025', dueOn: '2025-04-25', dueByLevel: { commune: '2025-04-20' } };
    const units = [
      { id: 'xa', name: 'UBND xã Cam Lộ', kind: 'commune' as const, level: 'commune' as const },
      { id: 'so', name: 'Sở Tư pháp', kind: 'department' as const, level: 'province' as const },
      { id: 'xa2', name: 'UBND xã Hải Lăng', kind: 'commune' as const, level: 'commune' as const },
    ];
    const sent = (unitId: string) => ({
      unitId,
      periodCode: 'T4',
      status: 'submitted' as const,
      firstSubmittedOn: '2025-04-22',
    });
    const board = periodCompleteness(period, units, [sent('xa'), sent('so')], '2025-04-22');
    expect(board.entries.map((e) => [e.unitId, e.timeliness])).toEqual([
      ['xa', 'late'],
      ['so', 'on_time'],
      ['xa2', 'overdue'],
    ]);
  });
});
