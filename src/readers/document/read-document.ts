/**
 * Bytes → document model. The format is sniffed from the content, never from the file name:
 * a ZIP package is DOCX (word/document.xml), XLSX (xl/workbook.xml) or an OpenDocument spreadsheet (its
 * mimetype entry), an OLE compound file is an encrypted DOCX (or a legacy .doc), "%PDF" is a PDF (read
 * from its text layer), markup
 * is HTML, a `cchc.plan/v1` JSON object is an exchanged plan, anything else readable is text.
 * Every refusal is an AppError with a Vietnamese message that says what to do.
 */
import { AppError } from '../../domain/errors.js';
import { centralDirectoryEntries } from '../../domain/reporting/zip-entries.js';
import { UPLOAD_LIMIT_BYTES } from '../../domain/uploads/limits.js';
import { DOCUMENT_LIMITS, tooComplex } from '../limits.js';
import { PACKAGE_LIMITS, readZipPackage } from '../zip-package.js';
import type { PlanDocument } from '../../domain/plan/document.js';
import { PLAN_FORMAT, type ImportWarning } from '../../domain/plan/types.js';
import { readDocxPackage } from './docx-reader.js';
import { readHtmlDocument } from './html-reader.js';
import { readPdfDocument } from './pdf-reader.js';
import { sheetsToDocument } from './sheet-document.js';
import { openDocumentKind, readOdsSheets, readXlsxSheets } from './sheet-reader.js';
import { unreadTableWarning } from './text-layouts/table-hint.js';
import { readTextDocument } from './text-reader.js';

export const MAX_DOCUMENT_BYTES = UPLOAD_LIMIT_BYTES;
/** A DOCX whose text parts unpack to more than this is refused (a "zip bomb" or not a plan). */
const MAX_UNPACKED_BYTES = 60 * 1024 * 1024;

export type ReadResult =
  | { kind: 'plan'; json: unknown; warnings: ImportWarning[] }
  | {
      kind: 'document';
      format: 'docx' | 'pdf' | 'xlsx' | 'ods' | 'html' | 'text';
      document: PlanDocument;
      warnings: ImportWarning[];
    };

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

export const unsupported = (what: string) => new AppError('UNSUPPORTED_FORMAT', { expected: 'plan', problem: what });
export const corrupt = (what: string) => new AppError('CORRUPT_FILE', { file: 'document', problem: what });
const empty = () => new AppError('EMPTY_FILE', { empty: 'document' });

function decodeText(bytes: Uint8Array, warnings: ImportWarning[]): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw unsupported('Tệp không phải văn bản mà hệ thống đọc được (dữ liệu nhị phân).');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warnings.push({
      code: 'legacy_encoding',
      message: 'Tệp không dùng mã UTF-8; đã đọc theo bảng mã Windows-1258, cần kiểm tra dấu tiếng Việt.',
    });
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

/** "%PDF-1.x" after a little junk (a mail header, a BOM), as PDF readers allow, with the file's end marker. */
function isPdfAfterJunk(bytes: Uint8Array): boolean {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = view.subarray(0, 1024).toString('latin1');
  return /%PDF-[12]\.\d/.test(head) && view.subarray(Math.max(0, view.length - 1024)).includes('%%EOF');
}

const DOCX_PARTS = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml']);

/** A DOCX package's document, within DOCUMENT_LIMITS (also how a Word evidence file is checked). */
export function readDocxDocument(bytes: Uint8Array): PlanDocument {
  return checkDocumentShape(readDocx(bytes));
}

function readDocx(bytes: Uint8Array): PlanDocument {
  const names = centralDirectoryEntries(bytes)?.map((e) => e.name);
  if (!names) throw corrupt('không giải nén được gói DOCX.');
  if (!names.includes('word/document.xml')) {
    if (names.includes('xl/workbook.xml')) throw unsupported('Tệp Excel không chứa kế hoạch dạng văn bản.');
    if (names.includes('ppt/presentation.xml')) throw unsupported('Tệp PowerPoint không được hỗ trợ.');
    throw unsupported('Tệp nén (.zip) không phải tài liệu Word.');
  }
  // Only the parts read are inflated, each counted as it comes out (zip-package.ts).
  const parts = readZipPackage(
    bytes,
    { maxInflatedBytes: MAX_UNPACKED_BYTES, maxEntries: PACKAGE_LIMITS.maxEntries },
    (name) => DOCX_PARTS.has(name),
  );
  try {
    const document = readDocxPackage(parts);
    if (!document) throw corrupt('thiếu phần thân tài liệu (word/document.xml).');
    return document;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw corrupt('nội dung XML của tài liệu Word không đọc được.');
  }
}

/** What every reader's document must stay within before plan assembly lays its tables out on a grid. */
export function checkDocumentShape(document: PlanDocument): PlanDocument {
  let paragraphs = 0;
  let rows = 0;
  let cells = 0;
  for (const block of document.blocks) {
    if (block.kind === 'paragraph') {
      if (++paragraphs > DOCUMENT_LIMITS.maxParagraphs)
        throw tooComplex('quá nhiều đoạn văn', DOCUMENT_LIMITS.maxParagraphs);
      continue;
    }
    rows += block.rows.length;
    if (rows > DOCUMENT_LIMITS.maxTableRows) throw tooComplex('bảng có quá nhiều dòng', DOCUMENT_LIMITS.maxTableRows);
    for (const row of block.rows) {
      for (const cell of row.cells) {
        if (cell.colSpan > DOCUMENT_LIMITS.maxSpan)
          throw tooComplex(`một ô gộp ${cell.colSpan.toLocaleString('vi-VN')} cột`, DOCUMENT_LIMITS.maxSpan);
        if (cell.rowSpan > DOCUMENT_LIMITS.maxTableRows)
          throw tooComplex(`một ô gộp ${cell.rowSpan.toLocaleString('vi-VN')} dòng`, DOCUMENT_LIMITS.maxTableRows);
        cells += Math.max(1, cell.colSpan);
      }
    }
    if (cells > DOCUMENT_LIMITS.maxCells) throw tooComplex('bảng có quá nhiều ô', DOCUMENT_LIMITS.maxCells);
  }
  return document;
}

/** A cheap look at HTML before parse5 builds it: how many elements, and how deep they nest. */
function checkHtmlSource(text: string): void {
  // Elements whose end tag may be left out, and void elements, do not deepen the page.
  const flat =
    /^(?:p|li|td|th|tr|dt|dd|option|optgroup|thead|tbody|tfoot|colgroup|caption|rb|rt|rp|html|head|body|br|hr|img|input|meta|link|col|area|base|embed|source|track|wbr|param)$/i;
  let elements = 0;
  let depth = 0;
  for (const match of text.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (closing) {
      if (!flat.test(name!)) depth = Math.max(0, depth - 1);
      continue;
    }
    if (++elements > DOCUMENT_LIMITS.maxHtmlElements)
      throw tooComplex('trang HTML có quá nhiều thẻ', DOCUMENT_LIMITS.maxHtmlElements);
    if (!selfClosing && !flat.test(name!) && ++depth > DOCUMENT_LIMITS.maxHtmlDepth)
      throw tooComplex('các thẻ HTML lồng nhau quá sâu', DOCUMENT_LIMITS.maxHtmlDepth);
  }
}

/** A ZIP package: Word, Excel or OpenDocument by the parts it holds, never by its name. */
async function readPackage(bytes: Uint8Array, warnings: ImportWarning[]): Promise<ReadResult> {
  const names = centralDirectoryEntries(bytes)?.map((e) => e.name);
  // Cut or damaged before its list of parts: which Office format it was is not known.
  if (!names) throw new AppError('CORRUPT_FILE', { file: 'package' });
  if (!names.includes('word/document.xml')) {
    if (names.includes('xl/workbook.xml')) {
      const document = checkDocumentShape(sheetsToDocument(await readXlsxSheets(bytes)));
      return { kind: 'document', format: 'xlsx', document, warnings };
    }
    const openDocument = names.includes('mimetype') ? openDocumentKind(bytes) : null;
    if (openDocument === 'spreadsheet') {
      const document = checkDocumentShape(sheetsToDocument(readOdsSheets(bytes)));
      return { kind: 'document', format: 'ods', document, warnings };
    }
    if (openDocument === 'text')
      throw unsupported('Tệp OpenDocument văn bản (.odt) chưa được hỗ trợ: hãy lưu lại dưới dạng .docx.');
  }
  return { kind: 'document', format: 'docx', document: readDocxDocument(bytes), warnings };
}

export async function readDocument(bytes: Uint8Array): Promise<ReadResult> {
  const warnings: ImportWarning[] = [];
  if (bytes.byteLength === 0) throw empty();
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new AppError('FILE_TOO_LARGE', { file: 'upload' });
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return readPackage(bytes, warnings);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) {
      throw new AppError('ENCRYPTED_FILE');
    }
    if (containsUtf16(bytes, 'WordDocument'))
      throw unsupported('Tệp Word 97-2003 (.doc) chưa được hỗ trợ: hãy mở bằng Word và lưu lại dưới dạng .docx.');
    throw unsupported('Tệp Office đời cũ (.xls, .ppt…) không được hỗ trợ.');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]) || isPdfAfterJunk(bytes)) {
    const document = checkDocumentShape(await readPdfDocument(bytes, warnings));
    return { kind: 'document', format: 'pdf', document, warnings };
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66]))
    throw unsupported('Tệp RTF chưa được hỗ trợ: hãy lưu lại dưới dạng .docx.');

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
  if (
    /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|table|div|p|h[1-6]|section|article)\b/i.test(
      start,
    )
  ) {
    checkHtmlSource(text);
    return { kind: 'document', format: 'html', document: checkDocumentShape(readHtmlDocument(text)), warnings };
  }
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (++lines > DOCUMENT_LIMITS.maxLines) throw tooComplex('văn bản có quá nhiều dòng', DOCUMENT_LIMITS.maxLines);
  }
  const document = checkDocumentShape(readTextDocument(text, warnings));
  const unread = unreadTableWarning(text.split('\n'), document);
  if (unread) warnings.push(unread);
  return { kind: 'document', format: 'text', document, warnings };
}
