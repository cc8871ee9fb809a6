/**
 * A spreadsheet of PAKN items, one row an item: each row read and checked; when any row is wrong, the whole file
 * is refused with every problem named by row and column, in Vietnamese (nothing is imported).
 */
import { readDateInput } from '../calendar.js';
import { foldVietnamese } from '../text/fold.js';

export const FEEDBACK_CHANNEL_LABELS = {
  portal: 'Cổng dịch vụ công / Hệ thống PAKN',
  hotline: 'Đường dây nóng',
  mail: 'Văn bản, đơn thư',
  direct: 'Trực tiếp',
  email: 'Thư điện tử',
  other: 'Khác',
} as const;
export type FeedbackChannel = keyof typeof FEEDBACK_CHANNEL_LABELS;

/** The template's columns, in order: the header row must name them (case and diacritics aside). */
export const FEEDBACK_COLUMNS = [
  { key: 'receivedOn', label: 'Ngày nhận', required: true },
  { key: 'channel', label: 'Kênh tiếp nhận', required: true },
  { key: 'senderName', label: 'Người gửi', required: true },
  { key: 'senderContact', label: 'Liên hệ', required: false },
  { key: 'subject', label: 'Tiêu đề', required: true },
  { key: 'content', label: 'Nội dung', required: true },
  { key: 'unitCode', label: 'Mã đơn vị xử lý', required: false },
  { key: 'reference', label: 'Số phiếu', required: false },
] as const;

export interface FeedbackRow {
  row: number;
  receivedOn: string;
  channel: FeedbackChannel;
  senderName: string;
  senderContact: string | null;
  subject: string;
  content: string;
  unitCode: string | null;
  reference: string | null;
}

const channelByWord = new Map<string, FeedbackChannel>([
  ...Object.entries(FEEDBACK_CHANNEL_LABELS).map(([k, l]) => [foldVietnamese(l), k as FeedbackChannel] as const),
  ...Object.keys(FEEDBACK_CHANNEL_LABELS).map((k) => [k, k as FeedbackChannel] as const),
  ['cong dich vu cong', 'portal'],
  ['he thong pakn', 'portal'],
  ['duong day nong', 'hotline'],
  ['van ban', 'mail'],
  ['don thu', 'mail'],
  ['truc tiep', 'direct'],
  ['thu dien tu', 'email'],
  ['khac', 'other'],
]);

export function readChannel(text: string): FeedbackChannel | null {
  return channelByWord.get(foldVietnamese(text.trim())) ?? null;
}

export type FeedbackRowsReading = { ok: true; rows: FeedbackRow[] } | { ok: false; problems: string[] };

/**
 * Reads the header and rows; `unitCodes` are the codes of the units an item may be assigned to, `today` the latest
 * date received may be.
 */
export function readFeedbackRows(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  unitCodes: ReadonlySet<string>,
  today: string,
): FeedbackRowsReading {
  const problems: string[] = [];
  const folded = header.map((h) => foldVietnamese(h.trim()));
  const at = new Map<string, number>();
  for (const column of FEEDBACK_COLUMNS) {
    const index = folded.indexOf(foldVietnamese(column.label));
    if (index >= 0) at.set(column.key, index);
    else if (column.required) problems.push(`Dòng 1: thiếu cột “${column.label}”.`);
  }
  if (problems.length) return { ok: false, problems };
  const read: FeedbackRow[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    const cell = (key: string) => {
      const index = at.get(key);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    if (FEEDBACK_COLUMNS.every((c) => cell(c.key) === '')) return; // a blank row
    const before = problems.length;
    const need = (key: string, label: string) => {
      const value = cell(key);
      if (value === '') problems.push(`Dòng ${row}, cột “${label}”: chưa nhập (bắt buộc).`);
      return value;
    };
    const dateText = need('receivedOn', 'Ngày nhận');
    const date = dateText ? readDateInput(dateText) : null;
    if (date?.kind === 'invalid') problems.push(`Dòng ${row}, cột “Ngày nhận”: ${date.message}`);
    if (date?.kind === 'date' && date.iso > today)
      problems.push(`Dòng ${row}, cột “Ngày nhận”: không được sau ngày hôm nay.`);
    const channelText = need('channel', 'Kênh tiếp nhận');
    const channel = channelText ? readChannel(channelText) : null;
    if (channelText && !channel)
      problems.push(
        `Dòng ${row}, cột “Kênh tiếp nhận”: “${channelText}” không phải một trong: ${Object.values(FEEDBACK_CHANNEL_LABELS).join(', ')}.`,
      );
    const senderName = need('senderName', 'Người gửi');
    const subject = need('subject', 'Tiêu đề');
    const content = need('content', 'Nội dung');
    if (subject.length > 300) problems.push(`Dòng ${row}, cột “Tiêu đề”: dài quá, tối đa 300 ký tự.`);
    if (content.length > 10000) problems.push(`Dòng ${row}, cột “Nội dung”: dài quá, tối đa 10000 ký tự.`);
    const unitCode = cell('unitCode') || null;
    if (unitCode && !unitCodes.has(unitCode))
      problems.push(`Dòng ${row}, cột “Mã đơn vị xử lý”: không có đơn vị đang hoạt động mã “${unitCode}”.`);
    if (problems.length > before || date?.kind !== 'date' || !channel) return;
    read.push({
      row,
      receivedOn: date.iso,
      channel,
      senderName,
      senderContact: cell('senderContact') || null,
      subject,
      content,
      unitCode,
      reference: cell('reference') || null,
    });
  });
  if (problems.length) return { ok: false, problems };
  if (read.length === 0) return { ok: false, problems: ['Tệp không có dòng phản ánh, kiến nghị nào.'] };
  return { ok: true, rows: read };
}
