/** Local calendar dates as ISO strings (YYYY-MM-DD); no time zones involved. */

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

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
  return { start: isoDate(year, firstMonth, 1), due: isoDate(year, lastMonth, daysInMonth(year, lastMonth)) };
}

export function quarterRange(year: number, firstQuarter: number, lastQuarter = firstQuarter): DateRange {
  return monthRange(year, firstQuarter * 3 - 2, lastQuarter * 3);
}

export function yearRange(firstYear: number, lastYear = firstYear): DateRange {
  return { start: isoDate(firstYear, 1, 1), due: isoDate(lastYear, 12, 31) };
}
