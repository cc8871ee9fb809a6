/** Display formats every screen and document uses: dd/mm/yyyy and Vietnamese numbers. */

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * 1607.5 → "1.607,5" (Vietnamese grouping and decimal comma). `minFractionDigits` pads
 * (formatNumberVi(86.5, 2, 2) → "86,50") so the decimals of a table column line up.
 */
export function formatNumberVi(value: number, maxFractionDigits = 2, minFractionDigits = 0): string {
  const key = `${minFractionDigits}:${maxFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: minFractionDigits,
      maximumFractionDigits: Math.max(minFractionDigits, maxFractionDigits),
    });
    numberFormats.set(key, format);
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
