/**
 * Whether a whole file has the structure of the kind its first bytes claim: a PDF with its trailer, an
 * Office package with its main part, an image with its full header. First bytes alone are easy to fake
 * (an HTML page with "%PDF-" near the top, a ZIP named .docx); a file that is all of these is what it says.
 */
import { isOleCompoundFile, oleEntryNames } from './ole-entries.js';
import { centralDirectoryEntries, storedEntryText } from './zip-entries.js';
import type { EvidenceKind } from './evidence-kinds.js';

const text = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(Math.max(0, from), Math.max(0, to)));
const tail = (bytes: Uint8Array, length: number) => {
  let out = '';
  for (let i = Math.max(0, bytes.length - length); i < bytes.length; i++) out += String.fromCharCode(bytes[i]!);
  return out;
};
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;

/** Why the file is not a whole file of its kind (Vietnamese), or null when it is. */
export function structureProblem(bytes: Uint8Array, kind: EvidenceKind): string | null {
  switch (kind) {
    case 'pdf': {
      if (!/^%PDF-[12]\.\d/.test(text(bytes, 0, 8))) return 'phần đầu tệp PDF không ở đúng vị trí';
      const end = tail(bytes, 2048);
      if (!end.includes('%%EOF') || !end.includes('startxref'))
        return 'thiếu phần kết thúc của tệp PDF (startxref, %%EOF)';
      return null;
    }
    case 'docx':
    case 'xlsx': {
      const names = centralDirectoryEntries(bytes)?.map((e) => e.name);
      if (!names) return 'không đọc được mục lục của gói tệp';
      const main = kind === 'docx' ? 'word/document.xml' : 'xl/workbook.xml';
      if (!names.includes('[Content_Types].xml') || !names.includes(main))
        return `thiếu phần ${names.includes('[Content_Types].xml') ? main : '[Content_Types].xml'} của gói Office`;
      return null;
    }
    case 'odt':
    case 'ods': {
      const entries = centralDirectoryEntries(bytes);
      if (!entries) return 'không đọc được mục lục của gói tệp';
      const mimetype = entries.find((e) => e.name === 'mimetype');
      if (!mimetype || !storedEntryText(bytes, mimetype) || !entries.some((e) => e.name === 'content.xml'))
        return 'thiếu phần mimetype hoặc content.xml của gói OpenDocument';
      return null;
    }
    case 'doc':
    case 'xls': {
      const names = isOleCompoundFile(bytes) ? oleEntryNames(bytes) : null;
      const main = kind === 'doc' ? ['WordDocument'] : ['Workbook', 'Book'];
      return names && names.some((n) => main.includes(n)) ? null : 'không đọc được mục lục của tệp Office 97-2003';
    }
    case 'png':
      if (bytes.length < 45 || text(bytes, 12, 16) !== 'IHDR') return 'thiếu phần đầu IHDR của ảnh PNG';
      return tail(bytes, 64).includes('IEND') ? null : 'thiếu phần kết thúc IEND của ảnh PNG';
    case 'jpeg':
      // After SOI comes a marker segment (APPn, DQT, SOF, COM), and an EOI marker closes the image.
      if (bytes.length < 8 || bytes[3]! < 0xc0 || bytes[3] === 0xff) return 'phần đầu ảnh JPEG không hợp lệ';
      for (let i = bytes.length - 2; i > 3; i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return null;
      return 'thiếu phần kết thúc của ảnh JPEG';
    case 'gif':
      if (bytes.length < 14) return 'phần đầu ảnh GIF không đầy đủ';
      return bytes.subarray(bytes.length - 16).includes(0x3b) ? null : 'thiếu phần kết thúc của ảnh GIF';
    case 'webp': {
      if (bytes.length < 20 || !['VP8 ', 'VP8L', 'VP8X'].includes(text(bytes, 12, 16)))
        return 'phần đầu ảnh WebP không hợp lệ';
      const declared = u32(bytes, 4) + 8;
      return declared <= bytes.length && declared >= bytes.length - 1
        ? null
        : 'độ dài ảnh WebP không khớp với phần đầu';
    }
  }
}
