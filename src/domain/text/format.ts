/** Display formats every screen and document uses: dd/mm/yyyy and Vietnamese numbers. */

const numberFormats = new Map<number, Intl.NumberFormat>();

/** 1607.5 → "1.607,5" (Vietnamese grouping and decimal comma). */
export function formatNumberVi(value: number, maxFractionDigits = 2): string {
  let format = numberFormats.get(maxFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(maxFractionDigits, format);
  }
  return format.format(value);
}

/** "2025-03-31" → "31/03/2025"; a Date is read in Asia/Ho_Chi_Minh. */
export function formatDateVi(value: string | Date | null | undefined): string {
  if (value == null) return '';
  const iso = typeof value === 'string' ? value.slice(0, 10) : localDateOf(value);
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The local calendar date (YYYY-MM-DD) of an instant in Vietnam (UTC+7, no daylight saving). */
export function localDateOf(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
