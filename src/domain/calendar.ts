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

/** The Vietnamese message for a date that is not a real date: "Ngày ban hành: 31/02/2025 không phải là ngày hợp lệ (dd/mm/yyyy)." */
export function invalidDateMessage(what: string, value: unknown): string {
  return `${what}: ${dateRefusal(value)}`;
}

/**
 * Why a value given where a YYYY-MM-DD date is expected (the API, a file) is refused: missing, a real date
 * written another way (say which way), or no date at all.
 */
export function dateRefusal(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const read = readDateInput(text);
  if (read.kind === 'date' && read.iso !== text)
    return `"${text.slice(0, 40)}" cần viết dạng năm-tháng-ngày (${read.iso}).`;
  return notADate(text);
}

/** "31/02/2025 không phải là ngày hợp lệ (dd/mm/yyyy)."; an ISO-shaped text is repeated as dd/mm/yyyy. */
export function notADate(text: string): string {
  const given = text.trim().slice(0, 40);
  const iso = ISO_SHAPE.exec(given);
  const shown = iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : given;
  return shown ? `${shown} không phải là ngày hợp lệ (dd/mm/yyyy).` : 'Chưa nhập ngày (dd/mm/yyyy).';
}

const ISO_SHAPE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const VI_SHAPE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** What a person typed into a date field, as read: nothing, a date (YYYY-MM-DD), or why it is not one. */
export type DateInput = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid'; message: string };

/**
 * Reads a date typed the Vietnamese way, dd/mm/yyyy (also d/m/yyyy, with "." or "-"), and tolerates
 * ISO (2025-01-20) typed by hand. An impossible date (31/02/2025) is refused, never moved to another day.
 */
export function readDateInput(text: string): DateInput {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const vi = VI_SHAPE.exec(trimmed);
  const iso = ISO_SHAPE.exec(trimmed);
  const parts = vi ? [vi[3], vi[2], vi[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (parts) {
    const candidate = toIso(Number(parts[0]), Number(parts[1]), Number(parts[2]));
    if (isIsoDate(candidate)) return { kind: 'date', iso: candidate };
  }
  return { kind: 'invalid', message: notADate(trimmed) };
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
