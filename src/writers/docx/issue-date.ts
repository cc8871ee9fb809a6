/**
 * The place-and-date line of NĐ 30/2020: "Quảng Trị, ngày 05 tháng 3 năm 2025". Days below 10
 * and the months 1 and 2 take a leading zero; a draft dated at signing leaves the day and month
 * blank for the clerk to fill in.
 */
export function placeAndDateLine(place: string, issuedOn: string | { year: number }): string {
  if (typeof issuedOn !== 'string') return `${place}, ngày      tháng      năm ${issuedOn.year}`;
  const [year, month, day] = issuedOn.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) throw new RangeError(`Ngày ban hành không hợp lệ: "${issuedOn}" (cần dạng YYYY-MM-DD).`);
  const dayText = String(day).padStart(2, '0');
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dayText} tháng ${monthText} năm ${year}`;
}
