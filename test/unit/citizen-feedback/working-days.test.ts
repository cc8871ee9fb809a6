import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarYearProblem,
  holidayYearSchema,
  isWorkingDay,
  workingCalendar,
  workingDaysBetween,
  yearsWithoutData,
} from '../../../src/domain/citizen-feedback/working-days.js';

const year = (y: number) =>
  holidayYearSchema.parse(
    JSON.parse(readFileSync(new URL(`../../../seed/holidays/vn-${y}.json`, import.meta.url), 'utf8')),
  );
const calendar = workingCalendar([year(2025), year(2026), year(2027)]);

describe('working days (15 ngày làm việc)', () => {
  it('skips weekends: 15 working days from a Monday with no holiday is the Monday three weeks later', () => {
    expect(addWorkingDays('2025-03-03', 15, calendar)).toBe('2025-03-24');
    expect(addWorkingDays('2025-03-03', 0, calendar)).toBe('2025-03-03');
  });

  it('skips Tết: received the Friday before Tết Bính Ngọ, due after five days off', () => {
    expect(isWorkingDay('2026-02-17', calendar)).toBe(false);
    expect(addWorkingDays('2026-02-13', 15, calendar)).toBe('2026-03-13');
  });

  it('skips 30/4–1/5 and the bridged 2/5, and counts the Saturday worked in exchange', () => {
    expect(isWorkingDay('2025-04-26', calendar)).toBe(true);
    expect(isWorkingDay('2025-05-02', calendar)).toBe(false);
    expect(addWorkingDays('2025-04-25', 15, calendar)).toBe('2025-05-20');
  });

  it('skips National Day 2/9 and its neighbouring day', () => {
    expect(addWorkingDays('2025-08-29', 15, calendar)).toBe('2025-09-23');
  });

  it('spans a year: received 22/12/2025, 1/1/2026 is off, due 13/01/2026', () => {
    expect(addWorkingDays('2025-12-22', 15, calendar)).toBe('2026-01-13');
    expect(workingDaysBetween('2025-12-22', '2026-01-13', calendar)).toBe(15);
  });

  it('counts working days between two dates (0 when the end is not later)', () => {
    expect(workingDaysBetween('2026-02-13', '2026-02-23', calendar)).toBe(1);
    expect(workingDaysBetween('2026-02-23', '2026-02-23', calendar)).toBe(0);
  });

  it('names the years it has no holidays for (counted with weekends only)', () => {
    expect(yearsWithoutData('2027-12-20', '2028-01-20', calendar)).toEqual([2028]);
    expect(addWorkingDays('2028-01-03', 5, calendar)).toBe('2028-01-10');
  });

  it('refuses a file whose dates are not of its year', () => {
    expect(() =>
      workingCalendar([{ year: 2025, holidays: [{ date: '2026-01-01', name: 'x' }], workdays: [] }]),
    ).toThrow(/2026-01-01/);
  });

  it('accepts the shipped years under the rules a saved year is held to', () => {
    for (const y of [2025, 2026, 2027]) expect(calendarYearProblem(y, year(y))).toBeNull();
  });

  it('refuses a day off on a weekend, a day worked on a weekday, a day twice or in both lists, each by its place', () => {
    const day = (date: string) => ({ date });
    expect(calendarYearProblem(2026, { holidays: [day('2026-04-26')], workdays: [] })).toEqual({
      path: 'holidays.0.date',
      label: 'Ngày nghỉ lễ, Tết',
      message:
        'ngày 26/04/2026 là Chủ nhật: ngày lễ rơi vào cuối tuần được nghỉ bù vào ngày thường kế tiếp, hãy ghi ngày đó.',
    });
    expect(calendarYearProblem(2026, { holidays: [], workdays: [day('2026-05-04')] })?.message).toBe(
      'ngày 04/05/2026 là ngày thường: ngày làm bù phải là thứ Bảy hoặc Chủ nhật.',
    );
    expect(calendarYearProblem(2026, { holidays: [day('2026-01-01'), day('2026-01-01')], workdays: [] })?.path).toBe(
      'holidays.1.date',
    );
    expect(calendarYearProblem(2026, { holidays: [day('2027-01-01')], workdays: [] })?.message).toBe(
      'ngày 01/01/2027 không thuộc năm 2026.',
    );
    expect(calendarYearProblem(2026, { holidays: [], workdays: [day('2026-05-09'), day('2026-05-09')] })?.path).toBe(
      'workdays.1.date',
    );
    expect(calendarYearProblem(2026, { holidays: [day('2026-05-04')], workdays: [day('2026-05-04')] })).toMatchObject({
      path: 'workdays.0.date',
      message: 'ngày 04/05/2026 vừa là ngày nghỉ vừa là ngày làm bù.',
    });
  });
});
