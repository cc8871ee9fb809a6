/**
 * Working days (ngày làm việc) of the Vietnamese civil service: Monday to Friday, less the year's public
 * holidays and their compensating days off, plus any Saturday worked in exchange for a bridged day. The days
 * are data (seed/holidays/vn-<year>.json), never computed here: Tết and the Hùng Kings' day follow the lunar
 * calendar and the government decides each year's bridges.
 */
import { z } from 'zod';
import { addDays, isIsoDate } from '../calendar.js';
import { formatDateVi } from '../text/format.js';

const isoDay = z.string().refine(isIsoDate, 'Phải là ngày dạng yyyy-mm-dd.');

/** One year's file: the weekdays off (with their names) and the weekend days worked in exchange. */
export const holidayYearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  /** Where the days come from (the Labour Code, the government's notice for Tết …). */
  source: z.string().optional(),
  holidays: z.array(z.object({ date: isoDay, name: z.string().min(1) })),
  /** Saturdays or Sundays worked in exchange for a bridged day off (ngày làm bù). */
  workdays: z.array(z.object({ date: isoDay, name: z.string().min(1) })).default([]),
});
export type HolidayYear = z.infer<typeof holidayYearSchema>;

export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
  /** The years the data covers: a date outside them is counted without holidays (weekends only). */
  years: ReadonlySet<number>;
}

export function workingCalendar(years: readonly HolidayYear[]): WorkingCalendar {
  for (const y of years) {
    for (const d of [...y.holidays, ...y.workdays])
      if (!d.date.startsWith(`${y.year}-`)) throw new Error(`vn-${y.year}: ngày ${d.date} không thuộc năm ${y.year}`);
  }
  return {
    holidays: new Set(years.flatMap((y) => y.holidays.map((h) => h.date))),
    workdays: new Set(years.flatMap((y) => y.workdays.map((h) => h.date))),
    years: new Set(years.map((y) => y.year)),
  };
}

const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();

export function isWorkingDay(iso: string, calendar: WorkingCalendar): boolean {
  if (calendar.workdays.has(iso)) return true;
  const day = weekday(iso);
  if (day === 0 || day === 6) return false;
  return !calendar.holidays.has(iso);
}

/**
 * The n-th working day after `from` (the day received is not counted): 15 working days from a Monday with no
 * holiday is the Monday three weeks later. n = 0 gives `from` itself.
 */
export function addWorkingDays(from: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`addWorkingDays: ${n}`);
  let day = from;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count += 1;
  return count;
}

/** The years a span touches that the calendar has no data for (their holidays would be missed). */
export function yearsWithoutData(from: string, to: string, calendar: WorkingCalendar): number[] {
  const missing: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y += 1)
    if (!calendar.years.has(y)) missing.push(y);
  return missing;
}

/** A refusal of a year's days: which day (its path in the request) and why, in Vietnamese. */
export interface CalendarProblem {
  path: string;
  label: string;
  message: string;
}

const WEEKEND_NAMES: Record<number, string> = { 0: 'Chủ nhật', 6: 'thứ Bảy' };

/**
 * What is wrong with a year's days, or null: every day in the year, none twice, a day off on a weekday (a
 * holiday falling on a weekend is given on the next weekday, which is the day to enter) and a day worked in
 * exchange on a weekend.
 */
export function calendarYearProblem(
  year: number,
  days: { holidays: readonly { date: string }[]; workdays: readonly { date: string }[] },
): CalendarProblem | null {
  const seen = new Map<string, string>();
  const lists = [
    { key: 'holidays', label: 'Ngày nghỉ lễ, Tết', days: days.holidays },
    { key: 'workdays', label: 'Ngày làm bù', days: days.workdays },
  ] as const;
  for (const list of lists)
    for (const [i, { date }] of list.days.entries()) {
      const at = (message: string): CalendarProblem => ({
        path: `${list.key}.${i}.date`,
        label: list.label,
        message: `ngày ${formatDateVi(date)} ${message}`,
      });
      if (!date.startsWith(`${year}-`)) return at(`không thuộc năm ${year}.`);
      const before = seen.get(date);
      if (before === list.key) return at('được ghi hai lần.');
      if (before) return at('vừa là ngày nghỉ vừa là ngày làm bù.');
      seen.set(date, list.key);
      const weekend = WEEKEND_NAMES[weekday(date)];
      if (list.key === 'holidays' && weekend)
        return at(`là ${weekend}: ngày lễ rơi vào cuối tuần được nghỉ bù vào ngày thường kế tiếp, hãy ghi ngày đó.`);
      if (list.key === 'workdays' && !weekend) return at('là ngày thường: ngày làm bù phải là thứ Bảy hoặc Chủ nhật.');
    }
  return null;
}
