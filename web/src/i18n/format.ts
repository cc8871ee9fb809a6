import { formatDateVi, formatNumberVi } from '../../../src/domain/text/format.js';

export { formatDateVi, formatNumberVi };

const timeInVietnam = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as "31/03/2025 14:05", Vietnam time, whatever the browser's time zone. */
export function formatDateTimeVi(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return `${formatDateVi(instant)} ${timeInVietnam.format(instant)}`;
}

/** "2025-03-01 – nay" style validity ranges. */
export function formatValidity(from: string | null, to: string | null, openStart: string, openEnd: string): string {
  return `${from ? formatDateVi(from) : openStart} – ${to ? formatDateVi(to) : openEnd}`;
}
