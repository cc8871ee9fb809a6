/**
 * Local calendar dates (YYYY-MM-DD) as plain strings: compared as strings, computed in UTC so
 * no time zone or daylight rule can shift a day.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The Vietnamese message for a date that is not a real YYYY-MM-DD date. */
export function invalidDateMessage(what: string, value: unknown): string {
  return `${what} "${String(value)}" không đúng định dạng ngày (năm-tháng-ngày, ví dụ 2025-03-15) hoặc không có thật.`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date of day `day` in a month, clamped to the month's last day (31 → 30/06, 29 → 28/02). */
export function clampedDate(year: number, month: number, day: number): string {
  return toIso(year, month, Math.min(day, daysInMonth(year, month)));
}

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
