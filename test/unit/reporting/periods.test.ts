import { describe, expect, it } from 'vitest';
import {
  buildAdHocPeriod,
  buildPeriodSchedule,
  nextDuePeriod,
  periodContaining,
  type ReportingPeriod,
  type ScheduleOptions,
} from '../../../src/domain/reporting/periods.js';

function schedule(year: number, options?: ScheduleOptions): ReportingPeriod[] {
  const result = buildPeriodSchedule(year, options);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}
const brief = (p: ReportingPeriod) => [p.code, p.label, p.start, p.end, p.dueOn];

describe('buildPeriodSchedule', () => {
  it('by default gives quý I, 6 tháng, 9 tháng and năm with the Nghị định 09 cut-off and due on the 15th', () => {
    expect(schedule(2025).map(brief)).toEqual([
      ['Q1', 'Quý I/2025', '2024-12-15', '2025-03-14', '2025-03-15'],
      ['H1', '6 tháng đầu năm 2025', '2024-12-15', '2025-06-14', '2025-06-15'],
      ['M9', '9 tháng đầu năm 2025', '2024-12-15', '2025-09-14', '2025-09-15'],
      ['Y', 'Năm 2025', '2024-12-15', '2025-12-14', '2025-12-15'],
    ]);
    expect(schedule(2025).map((p) => [p.kind, p.yearFraction])).toEqual([
      ['quarter', 0.25],
      ['half_year', 0.5],
      ['nine_months', 0.75],
      ['year', 1],
    ]);
  });

  it('uses calendar windows and clamps a due day to the month', () => {
    const periods = schedule(2024, { window: { rule: 'calendar' }, due: { rule: 'day_of_last_month', day: 31 } });
    expect(periods.map(brief)).toEqual([
      ['Q1', 'Quý I/2024', '2024-01-01', '2024-03-31', '2024-03-31'],
      ['H1', '6 tháng đầu năm 2024', '2024-01-01', '2024-06-30', '2024-06-30'],
      ['M9', '9 tháng đầu năm 2024', '2024-01-01', '2024-09-30', '2024-09-30'],
      ['Y', 'Năm 2024', '2024-01-01', '2024-12-31', '2024-12-31'],
    ]);
  });

  it('counts days after the end, across a year boundary', () => {
    const periods = schedule(2025, { window: { rule: 'calendar' }, due: { rule: 'days_after_end', days: 5 } });
    expect(periods.map((p) => p.dueOn)).toEqual(['2025-04-05', '2025-07-05', '2025-10-05', '2026-01-05']);
  });

  it('takes per-period due dates such as "6 tháng trước ngày 07/6, năm trước ngày 07/11" and a subset of periods', () => {
    const periods = schedule(2025, {
      periods: ['H1', 'Y'],
      dueOverrides: { H1: { rule: 'fixed_date', month: 6, day: 7 }, Y: { rule: 'fixed_date', month: 11, day: 7 } },
    });
    // Data after the due date cannot be in the report: the window ends on the due date.
    expect(periods.map((p) => [p.code, p.end, p.dueOn])).toEqual([
      ['H1', '2025-06-07', '2025-06-07'],
      ['Y', '2025-11-07', '2025-11-07'],
    ]);
  });

  it.each([
    [1999, {}, 'Năm "1999" không hợp lệ.'],
    [2025, { due: { rule: 'day_of_last_month', day: 0 } }, 'Ngày hạn báo cáo "0" phải là số nguyên từ 1 đến 31.'],
    [
      2025,
      { due: { rule: 'days_after_end', days: 2.5 } },
      'Số ngày sau kỳ báo cáo "2.5" phải là số nguyên từ 0 đến 90.',
    ],
    [
      2025,
      { dueOverrides: { Y: { rule: 'fixed_date', month: 13, day: 1 } } },
      'Ngày hạn báo cáo năm không hợp lệ: 01/13.',
    ],
    [2025, { window: { rule: 'cutoff', day: 30 } }, 'Ngày chốt số liệu "30" phải là số nguyên từ 1 đến 28.'],
    [2025, { periods: [] }, 'Cần chọn ít nhất một kỳ báo cáo.'],
  ] as [number, ScheduleOptions, string][])('refuses year %i with %j', (year, options, message) => {
    const result = buildPeriodSchedule(year, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.message).join(' ')).toContain(message);
  });
});

describe('ad-hoc periods', () => {
  const year = schedule(2025);

  it('numbers ad-hoc requests DX1, DX2 and keeps their dates', () => {
    const first = buildAdHocPeriod(
      { label: ' Báo cáo đột xuất về sắp xếp bộ máy ', start: '2025-01-01', end: '2025-04-30', dueOn: '2025-05-05' },
      year,
    );
    expect(first).toMatchObject({
      ok: true,
      value: {
        code: 'DX1',
        kind: 'ad_hoc',
        label: 'Báo cáo đột xuất về sắp xếp bộ máy',
        year: 2025,
        yearFraction: 0.33,
      },
    });
    if (!first.ok) return;
    const second = buildAdHocPeriod(
      { label: 'Rà soát TTHC', start: '2025-05-01', end: '2025-05-01', dueOn: '2025-05-01' },
      [...year, first.value],
    );
    expect(second).toMatchObject({ ok: true, value: { code: 'DX2' } });
  });

  it.each([
    [{ label: '', start: '2025-01-01', end: '2025-01-31', dueOn: '2025-02-05' }, 'Cần nhập tên kỳ báo cáo đột xuất.'],
    [
      { label: 'X', start: '01/01/2025', end: '2025-01-31', dueOn: '2025-02-05' },
      'Ngày bắt đầu: "01/01/2025" cần viết dạng năm-tháng-ngày (2025-01-01).',
    ],
    [
      { label: 'X', start: '2025-01-01', end: '2025-02-29', dueOn: '2025-03-05' },
      'Ngày kết thúc: 29/02/2025 không phải là ngày hợp lệ',
    ],
    [{ label: 'X', start: '2025-01-01', end: '2025-01-31', dueOn: null }, 'Hạn báo cáo: Chưa nhập ngày'],
    [
      { label: 'X', start: '2025-02-01', end: '2025-01-31', dueOn: '2025-02-05' },
      'Ngày kết thúc kỳ báo cáo phải sau hoặc bằng ngày bắt đầu.',
    ],
    [
      { label: 'X', start: '2025-01-01', end: '2025-01-31', dueOn: '2025-01-30' },
      'Hạn báo cáo phải sau hoặc bằng ngày kết thúc kỳ báo cáo.',
    ],
  ])('refuses %j', (input, message) => {
    const result = buildAdHocPeriod(input, year);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.message).join(' ')).toContain(message);
  });
});

describe('finding periods by date', () => {
  const year = schedule(2025);
  it.each([
    ['2024-12-15', 'Q1'],
    ['2025-03-14', 'Q1'],
    ['2025-03-15', 'H1'],
    ['2025-09-14', 'M9'],
    ['2025-12-14', 'Y'],
    ['2025-12-15', null],
    ['2024-12-14', null],
  ])('%s is first reported in %s', (date, code) => {
    expect(periodContaining(year, date)?.code ?? null).toBe(code);
  });

  it.each([
    ['2025-03-15', 'Q1'],
    ['2025-03-16', 'H1'],
    ['2025-12-16', null],
  ])('on %s the next report due is %s', (today, code) => {
    expect(nextDuePeriod(year, today)?.code ?? null).toBe(code);
  });
});
