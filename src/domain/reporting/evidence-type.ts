/**
 * Evidence files (tài liệu kiểm chứng): what a file is, judged by its content and never by its name,
 * and whether it may be uploaded. Pass the whole file (at most MAX_EVIDENCE_BYTES): Office formats are
 * told apart by the entries inside their container.
 */
import { formatNumberVi } from '../text/format.js';
import type { EvidenceKind } from './evidence-kinds.js';
import { UPLOAD_LIMIT_BYTES } from '../uploads/limits.js';
import { structureProblem } from './file-structure.js';
import { isOleCompoundFile, oleEntryNames } from './ole-entries.js';
import { fail, ok, type Result } from './result.js';
import { isZip, storedEntryText, zipEntries } from './zip-entries.js';

export const MAX_EVIDENCE_BYTES = UPLOAD_LIMIT_BYTES;

export { EVIDENCE_KINDS, type EvidenceKind } from './evidence-kinds.js';

export const EVIDENCE_TYPES: Record<EvidenceKind, { mime: string; extensions: readonly string[]; label: string }> = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'], label: 'tệp PDF' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'văn bản Word (.docx)',
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'bảng tính Excel (.xlsx)',
  },
  doc: { mime: 'application/msword', extensions: ['doc'], label: 'văn bản Word 97-2003 (.doc)' },
  xls: { mime: 'application/vnd.ms-excel', extensions: ['xls'], label: 'bảng tính Excel 97-2003 (.xls)' },
  png: { mime: 'image/png', extensions: ['png'], label: 'ảnh PNG' },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'], label: 'ảnh JPEG' },
  gif: { mime: 'image/gif', extensions: ['gif'], label: 'ảnh GIF' },
  webp: { mime: 'image/webp', extensions: ['webp'], label: 'ảnh WebP' },
  odt: { mime: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], label: 'văn bản OpenDocument (.odt)' },
  ods: {
    mime: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
    label: 'bảng tính OpenDocument (.ods)',
  },
};

export const ALLOWED_EVIDENCE_TEXT =
  'PDF, Word (.doc, .docx, .odt), Excel (.xls, .xlsx, .ods) hoặc ảnh (.png, .jpg, .gif, .webp)';

export type EvidenceRefusalCode =
  'type_not_allowed' | 'extension_mismatch' | 'contains_macros' | 'empty_file' | 'too_large' | 'damaged';

export interface EvidenceSniff {
  kind: EvidenceKind | null;
  mime: string | null;
  /** What the content is, in Vietnamese ("tệp chương trình Windows (.exe, .dll)"). */
  detected: string;
  refusal: { code: EvidenceRefusalCode; message: string } | null;
}

/**
 * `unsafe`: content a browser would run or render (programs, scripts, web pages, SVG), refused by every
 * upload route; `markup` tells a web page (which the plan import reads) from SVG and scripts.
 */
export type Detection =
  { kind: EvidenceKind } | { kind: null; detected: string; macros?: boolean; unsafe?: 'program' | 'markup' | 'html' };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((v, i) => bytes[at + i] === v);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const headText = (bytes: Uint8Array, length: number) => String.fromCharCode(...bytes.subarray(0, length));

function detectZip(bytes: Uint8Array): Detection {
  const entries = zipEntries(bytes);
  const names = entries.map((e) => e.name);
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype) {
    const declared = storedEntryText(bytes, mimetype)?.trim();
    if (declared === EVIDENCE_TYPES.odt.mime) return { kind: 'odt' };
    if (declared === EVIDENCE_TYPES.ods.mime) return { kind: 'ods' };
    return { kind: null, detected: 'tài liệu OpenDocument loại khác (trình chiếu, bản vẽ…)' };
  }
  const macros = names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n));
  // An Office Open XML package; either part may be missing from a file cut short.
  if (names.includes('[Content_Types].xml') || names.includes('_rels/.rels')) {
    const has = (folder: string) => names.some((n) => n.startsWith(folder));
    if (has('word/'))
      return macros ? { kind: null, detected: 'văn bản Word có macro (.docm)', macros } : { kind: 'docx' };
    if (has('xl/'))
      return macros ? { kind: null, detected: 'bảng tính Excel có macro (.xlsm)', macros } : { kind: 'xlsx' };
    if (has('ppt/')) return { kind: null, detected: 'bài trình chiếu PowerPoint (.pptx)' };
  }
  return { kind: null, detected: 'tệp nén ZIP' };
}

function detectOle(bytes: Uint8Array, extension: string): Detection {
  const names = oleEntryNames(bytes);
  if (!names) {
    // The directory lies beyond the bytes given: the container is Office 97-2003, trust the name for which one.
    return extension === 'doc' || extension === 'xls'
      ? { kind: extension }
      : { kind: null, detected: 'tài liệu Office 97-2003 không xác định được loại' };
  }
  if (names.includes('WordDocument')) {
    return names.includes('Macros') ? { kind: null, detected: 'văn bản Word có macro', macros: true } : { kind: 'doc' };
  }
  if (names.includes('Workbook') || names.includes('Book')) {
    return names.includes('_VBA_PROJECT_CUR')
      ? { kind: null, detected: 'bảng tính Excel có macro', macros: true }
      : { kind: 'xls' };
  }
  if (names.includes('PowerPoint Document')) return { kind: null, detected: 'bài trình chiếu PowerPoint (.ppt)' };
  return { kind: null, detected: 'tệp Office 97-2003 loại khác (ví dụ bộ cài .msi)' };
}

/** Markup a browser would render: SVG and scripts always; other XML and HTML pages (with or without a doctype). */
function markupOf(head: string): Detection | null {
  const start = head.replace(/^(ï»¿|\ufeff)/, '').trimStart();
  // Only comments before ordinary text (a Markdown file opening with <!-- … -->) is text, not a page.
  if (!start.replace(/^(?:<!--[\s\S]*?-->\s*)+/, '').startsWith('<')) return null;
  const detected = 'trang web, SVG hoặc XML';
  // Past an XML declaration, comments and a doctype, the first element says what the page is.
  const first =
    /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+([a-z]+)[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<([a-z][a-z0-9:-]*)?/i.exec(
      start,
    );
  const doctype = first?.[1]?.toLowerCase();
  const element = first?.[2]?.toLowerCase();
  if (element === 'svg' || doctype === 'svg' || element === 'script' || /<svg[\s>]/i.test(start))
    return { kind: null, detected, unsafe: 'markup' };
  if (doctype === 'html' || element === 'html' || (element && !start.startsWith('<?xml')))
    return { kind: null, detected, unsafe: 'html' };
  return { kind: null, detected, unsafe: 'markup' };
}

export function detect(bytes: Uint8Array, extension: string): Detection {
  if (startsWith(bytes, ascii('%PDF-'))) return { kind: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'jpeg' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return { kind: 'gif' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { kind: 'webp' };
  if (isZip(bytes)) return detectZip(bytes);
  if (isOleCompoundFile(bytes)) return detectOle(bytes, extension);
  if (startsWith(bytes, ascii('MZ')))
    return { kind: null, detected: 'tệp chương trình Windows (.exe, .dll)', unsafe: 'program' };
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]))
    return { kind: null, detected: 'tệp chương trình', unsafe: 'program' };
  if (startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(bytes, [0xca, 0xfe, 0xba, 0xbe]))
    return { kind: null, detected: 'tệp chương trình', unsafe: 'program' };
  if (startsWith(bytes, ascii('#!'))) return { kind: null, detected: 'tập lệnh (script)', unsafe: 'program' };
  if (startsWith(bytes, ascii('Rar!'))) return { kind: null, detected: 'tệp nén RAR' };
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return { kind: null, detected: 'tệp nén 7z' };
  if (startsWith(bytes, ascii('ftyp'), 4) && /^ftyp(heic|heix|mif1|hevc)/.test(headText(bytes, 12).slice(4)))
    return { kind: null, detected: 'ảnh HEIC' };
  if (startsWith(bytes, ascii('BM'))) return { kind: null, detected: 'ảnh BMP' };
  if (startsWith(bytes, ascii('II*\u0000')) || startsWith(bytes, ascii('MM\u0000*')))
    return { kind: null, detected: 'ảnh TIFF' };
  const markup = markupOf(headText(bytes, 1024));
  if (markup) return markup;
  // No "%PDF-" a little way in: a PDF's header is its first bytes, so a page carrying one is still a page.
  return { kind: null, detected: 'tệp không xác định được loại' };
}

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** What the bytes are and whether they may be uploaded under this name. */
export function sniffEvidenceType(bytes: Uint8Array, fileName: string): EvidenceSniff {
  const extension = extensionOf(fileName);
  const found = detect(bytes, extension);
  const named = extension ? `có đuôi ".${extension}" nhưng ` : '';
  if (found.kind === null) {
    const message = found.macros
      ? `Tệp "${fileName}" ${named}là ${found.detected}; tệp có macro không được tải lên vì lý do an toàn. Hãy lưu lại thành tệp không có macro (.docx, .xlsx) hoặc PDF.`
      : `Tệp "${fileName}" ${named}nội dung là ${found.detected}, không được chấp nhận. Tài liệu kiểm chứng phải là ${ALLOWED_EVIDENCE_TEXT}.`;
    return {
      kind: null,
      mime: null,
      detected: found.detected,
      refusal: { code: found.macros ? 'contains_macros' : 'type_not_allowed', message },
    };
  }
  const type = EVIDENCE_TYPES[found.kind];
  const refusal = type.extensions.includes(extension)
    ? null
    : {
        code: 'extension_mismatch' as const,
        message: `Tệp "${fileName}" ${extension ? `có đuôi ".${extension}"` : 'không có đuôi'} nhưng nội dung là ${type.label}. Hãy đặt lại tên tệp với đuôi ".${type.extensions[0]}" rồi tải lên lại.`,
      };
  return { kind: found.kind, mime: type.mime, detected: type.label, refusal };
}

const megabytes = (size: number) => `${formatNumberVi(size / (1024 * 1024), 1)} MB`;

/** The full check of one upload: not empty, within the size limit, an allowed type under a matching name. */
export function checkEvidenceUpload(upload: {
  fileName: string;
  size: number;
  bytes: Uint8Array;
}): Result<{ kind: EvidenceKind; mime: string }, EvidenceRefusalCode> {
  if (upload.size <= 0)
    return fail([{ code: 'empty_file', field: 'file', message: `Tệp "${upload.fileName}" rỗng, không có nội dung.` }]);
  if (upload.size > MAX_EVIDENCE_BYTES) {
    return fail([
      {
        code: 'too_large',
        field: 'file',
        message: `Tệp "${upload.fileName}" có dung lượng ${megabytes(upload.size)}, vượt giới hạn ${megabytes(MAX_EVIDENCE_BYTES)}. Hãy nén hoặc tách tệp.`,
      },
    ]);
  }
  const sniff = sniffEvidenceType(upload.bytes, upload.fileName);
  if (sniff.refusal || !sniff.kind || !sniff.mime) {
    return fail([
      {
        code: sniff.refusal?.code ?? 'type_not_allowed',
        field: 'file',
        message: sniff.refusal?.message ?? sniff.detected,
      },
    ]);
  }
  // The whole file, not only its first bytes: a page with a PDF header, a ZIP without its Word part are refused.
  const problem = structureProblem(upload.bytes, sniff.kind);
  if (problem) {
    return fail([
      {
        code: 'damaged',
        field: 'file',
        message: `Tệp "${upload.fileName}" không phải ${sniff.detected} hoàn chỉnh (${problem}). Hãy mở tệp bằng phần mềm của nó, lưu lại rồi tải lên lại.`,
      },
    ]);
  }
  return ok({ kind: sniff.kind, mime: sniff.mime });
}
