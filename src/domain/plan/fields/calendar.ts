/** Date ranges as plans write them (quarters, months, years); the date arithmetic is in ../../calendar.ts. */
import { daysInMonth, toIso } from '../../calendar.js';

export function isValidDate(year: number, month: number, day: number): boolean {
  return isPlausibleYear(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Plans speak of this century; a four-digit number outside it is not a year. */
export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2000 && year <= 2100;
}

export interface DateRange {
  start: string;
  due: string;
}

export function monthRange(year: number, firstMonth: number, lastMonth = firstMonth): DateRange {
  return { start: toIso(year, firstMonth, 1), due: toIso(year, lastMonth, daysInMonth(year, lastMonth)) };
}

export function quarterRange(year: number, firstQuarter: number, lastQuarter = firstQuarter): DateRange {
  return monthRange(year, firstQuarter * 3 - 2, lastQuarter * 3);
}

export function yearRange(firstYear: number, lastYear = firstYear): DateRange {
  return { start: toIso(firstYear, 1, 1), due: toIso(lastYear, 12, 31) };
}
