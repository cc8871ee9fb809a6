/**
 * Bytes → document model. The format is sniffed from the content, never from the file name:
 * a ZIP package is DOCX, an OLE compound file is an encrypted DOCX (or a legacy .doc), markup
 * is HTML, a `cchc.plan/v1` JSON object is an exchanged plan, anything else readable is text.
 * Every refusal is an AppError with a Vietnamese message that says what to do.
 */
import JSZip from 'jszip';
import { AppError } from '../../domain/errors.js';
import type { PlanDocument } from '../../domain/plan/document.js';
import { PLAN_FORMAT, type ImportWarning } from '../../domain/plan/types.js';
import { readDocxPackage } from './docx-reader.js';
import { readHtmlDocument } from './html-reader.js';
import { readTextDocument } from './text-reader.js';

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** A DOCX whose text unpacks to more than this is refused (a "zip bomb" or not a plan). */
const MAX_UNPACKED_CHARS = 60 * 1024 * 1024;

export type ReadResult =
  | { kind: 'plan'; json: unknown; warnings: ImportWarning[] }
  | { kind: 'document'; format: 'docx' | 'html' | 'text'; document: PlanDocument; warnings: ImportWarning[] };

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

export const unsupported = (what: string) =>
  new AppError('UNSUPPORTED_FORMAT', `${what} Hãy dùng tệp Word (.docx), HTML, Markdown hoặc văn bản (.txt) của kế hoạch.`, 415);
export const corrupt = (what: string) =>
  new AppError('CORRUPT_FILE', `Tệp bị hỏng hoặc không đầy đủ: ${what} Hãy mở tệp bằng Word, lưu lại rồi nhập lại.`, 422);
const empty = () => new AppError('EMPTY_FILE', 'Tệp rỗng: không có nội dung nào để đọc.', 400);

function decodeText(bytes: Uint8Array, warnings: ImportWarning[]): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw unsupported('Tệp không phải văn bản mà hệ thống đọc được (dữ liệu nhị phân).');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warnings.push({ code: 'legacy_encoding', message: 'Tệp không dùng mã UTF-8; đã đọc theo bảng mã Windows-1258, cần kiểm tra dấu tiếng Việt.' });
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

async function readDocx(bytes: Uint8Array): Promise<PlanDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw corrupt('không giải nén được gói DOCX.');
  }
  if (!zip.file('word/document.xml')) {
    if (zip.file('xl/workbook.xml')) throw unsupported('Tệp Excel không chứa kế hoạch dạng văn bản.');
    if (zip.file('ppt/presentation.xml')) throw unsupported('Tệp PowerPoint không được hỗ trợ.');
    throw unsupported('Tệp nén (.zip) không phải tài liệu Word.');
  }
  let total = 0;
  zip.forEach((_, file) => {
    const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    total += size;
  });
  if (total > MAX_UNPACKED_CHARS) throw new AppError('FILE_TOO_LARGE', 'Tài liệu Word giải nén ra quá lớn (trên 60 MB); không phải một kế hoạch thông thường.', 413);
  try {
    const document = await readDocxPackage(zip);
    if (!document) throw corrupt('thiếu phần thân tài liệu (word/document.xml).');
    return document;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw corrupt('nội dung XML của tài liệu Word không đọc được.');
  }
}

export async function readDocument(bytes: Uint8Array): Promise<ReadResult> {
  const warnings: ImportWarning[] = [];
  if (bytes.byteLength === 0) throw empty();
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new AppError('FILE_TOO_LARGE', `Tệp quá lớn (${Math.round(bytes.byteLength / 1024 / 1024)} MB); giới hạn là 20 MB cho một kế hoạch.`, 413);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return { kind: 'document', format: 'docx', document: await readDocx(bytes), warnings };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) {
      throw new AppError('ENCRYPTED_FILE', 'Tệp Word được đặt mật khẩu. Hãy mở tệp, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) rồi nhập lại.', 422);
    }
    if (containsUtf16(bytes, 'WordDocument')) throw unsupported('Tệp Word 97-2003 (.doc) chưa được hỗ trợ: hãy mở bằng Word và lưu lại dưới dạng .docx.');
    throw unsupported('Tệp Office đời cũ (.xls, .ppt…) không được hỗ trợ.');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw unsupported('Tệp PDF chưa đọc được bảng phụ lục.');
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw unsupported('Tệp RTF chưa được hỗ trợ: hãy lưu lại dưới dạng .docx.');

  const text = decodeText(bytes, warnings).replace(/^\ufeff/, '');
  const start = text.trimStart();
  if (!start) throw empty();
  if (start.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      if (text.includes(PLAN_FORMAT)) throw corrupt(`tệp JSON ${PLAN_FORMAT} sai cú pháp.`);
      json = undefined;
    }
    if (json !== undefined) {
      if ((json as { format?: unknown } | null)?.format === PLAN_FORMAT) return { kind: 'plan', json, warnings };
      throw unsupported(`Tệp JSON không phải kế hoạch định dạng ${PLAN_FORMAT}.`);
    }
  }
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|table|div|p|h[1-6]|section|article)\b/i.test(start)) {
    return { kind: 'document', format: 'html', document: readHtmlDocument(text), warnings };
  }
  return { kind: 'document', format: 'text', document: readTextDocument(text), warnings };
}
