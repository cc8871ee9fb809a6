import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  MAX_EVIDENCE_BYTES,
  checkEvidenceUpload,
  sniffEvidenceType,
} from '../../../src/domain/reporting/evidence-type.js';
import { oleEntryNames } from '../../../src/domain/reporting/ole-entries.js';
import { zipEntries } from '../../../src/domain/reporting/zip-entries.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/evidence/${name}`, import.meta.url)));
const base64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
const bytesOf = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

async function zip(entries: [string, string][], storeFirst = false): Promise<Uint8Array> {
  const archive = new JSZip();
  entries.forEach(([name, text], i) =>
    archive.file(name, text, { compression: storeFirst && i === 0 ? 'STORE' : 'DEFLATE' }),
  );
  return archive.generateAsync({ type: 'uint8array' });
}

/** A minimal OLE2 compound file whose directory holds `names` (over several directory sectors if needed). */
function compoundFile(names: string[]): Uint8Array {
  const entries = ['Root Entry', ...names];
  const dirSectors = Math.ceil(entries.length / 4);
  const bytes = new Uint8Array(512 * (2 + dirSectors));
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint32(0x2c, 1, true);
  view.setUint32(0x30, 1, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  // Sector 0 is the allocation table: itself, then the directory chain 1 → 2 → … → end.
  const fat = 512;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  for (let s = 1; s <= dirSectors; s++) view.setUint32(fat + s * 4, s === dirSectors ? 0xfffffffe : s + 1, true);
  entries.forEach((name, i) => {
    const at = 1024 + i * 128;
    [...name].forEach((c, j) => view.setUint16(at + j * 2, c.charCodeAt(0), true));
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    bytes[at + 0x42] = i === 0 ? 5 : 2;
  });
  return bytes;
}

describe('sniffEvidenceType on real documents', () => {
  it.each([
    ['minh-chung.pdf', 'pdf', 'application/pdf'],
    ['minh-chung.docx', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['so-lieu.xlsx', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['minh-chung.doc', 'doc', 'application/msword'],
    ['so-lieu.xls', 'xls', 'application/vnd.ms-excel'],
    ['minh-chung.odt', 'odt', 'application/vnd.oasis.opendocument.text'],
    ['so-lieu.ods', 'ods', 'application/vnd.oasis.opendocument.spreadsheet'],
  ])('%s is %s', (name, kind, mime) => {
    expect(sniffEvidenceType(fixture(name), name)).toEqual(expect.objectContaining({ kind, mime, refusal: null }));
  });

  it('accepts an upper-case extension and a path', () => {
    expect(sniffEvidenceType(fixture('minh-chung.pdf'), 'C:\\Tài liệu\\MINH CHUNG.PDF').refusal).toBeNull();
  });

  it.each([
    [
      'minh-chung.docx',
      'bao-cao.pdf',
      'Tệp "bao-cao.pdf" có đuôi ".pdf" nhưng nội dung là văn bản Word (.docx). Hãy đặt lại tên tệp với đuôi ".docx" rồi tải lên lại.',
    ],
    ['minh-chung.doc', 'bao-cao.docx', 'nội dung là văn bản Word 97-2003 (.doc)'],
    ['so-lieu.xls', 'so-lieu.doc', 'nội dung là bảng tính Excel 97-2003 (.xls)'],
    ['so-lieu.ods', 'so-lieu.xlsx', 'nội dung là bảng tính OpenDocument (.ods)'],
    ['minh-chung.pdf', 'minh-chung', 'Tệp "minh-chung" không có đuôi nhưng nội dung là tệp PDF.'],
  ])('refuses %s uploaded as %s', (file, name, message) => {
    const result = sniffEvidenceType(fixture(file), name);
    expect(result.refusal).toEqual({ code: 'extension_mismatch', message: expect.stringContaining(message) });
  });

  it.each([
    ['minh-chung.docx', 'docx', 'word/document.xml'],
    ['so-lieu.xlsx', 'xlsx', 'xl/workbook.xml'],
  ])('tells %s apart when only its first bytes are given, by its local headers', (name, kind, part) => {
    const head = fixture(name).subarray(0, 3000);
    const names = zipEntries(head).map((e) => e.name);
    expect(names).toContain(part);
    expect(names).not.toContain('[Content_Types].xml');
    expect(sniffEvidenceType(head, name).kind).toBe(kind);
  });
});

describe('sniffEvidenceType on images and refused content', () => {
  it.each([
    [
      'anh.png',
      base64('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
      'png',
      'image/png',
    ],
    ['anh.gif', base64('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'), 'gif', 'image/gif'],
    ['anh.webp', base64('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=='), 'webp', 'image/webp'],
    ['anh.JPG', bytesOf([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'jpeg', 'image/jpeg'],
    ['anh.jpeg', bytesOf([0xff, 0xd8, 0xff, 0xe1], 'Exif'), 'jpeg', 'image/jpeg'],
  ])('%s is %s', (name, bytes, kind, mime) => {
    expect(sniffEvidenceType(bytes, name)).toEqual(expect.objectContaining({ kind, mime, refusal: null }));
  });

  it('refuses a program renamed .pdf, even one carrying a PDF header inside', () => {
    const exe = bytesOf('MZ', Array(100).fill(0), 'This program cannot be run in DOS mode. %PDF-1.7');
    expect(sniffEvidenceType(exe, 'quyet-dinh.pdf')).toEqual({
      kind: null,
      mime: null,
      detected: 'tệp chương trình Windows (.exe, .dll)',
      refusal: {
        code: 'type_not_allowed',
        message:
          'Tệp "quyet-dinh.pdf" có đuôi ".pdf" nhưng nội dung là tệp chương trình Windows (.exe, .dll), không được chấp nhận. Tài liệu kiểm chứng phải là PDF, Word (.doc, .docx, .odt), Excel (.xls, .xlsx, .ods) hoặc ảnh (.png, .jpg, .gif, .webp).',
      },
    });
  });

  it.each([
    [
      'bao-cao.docx',
      zip([
        ['[Content_Types].xml', '<Types/>'],
        ['word/document.xml', '<w:document/>'],
        ['word/vbaProject.bin', 'x'],
      ]),
      'contains_macros',
      'văn bản Word có macro (.docm)',
    ],
    [
      'so-lieu.xlsx',
      zip([
        ['[Content_Types].xml', '<Types/>'],
        ['xl/workbook.xml', '<workbook/>'],
        ['xl/vbaProject.bin', 'x'],
      ]),
      'contains_macros',
      'bảng tính Excel có macro (.xlsm)',
    ],
    [
      'trinh-chieu.pptx',
      zip([
        ['[Content_Types].xml', '<Types/>'],
        ['ppt/presentation.xml', '<p/>'],
      ]),
      'type_not_allowed',
      'bài trình chiếu PowerPoint (.pptx)',
    ],
    ['ho-so.zip', zip([['a.txt', 'xin chào']]), 'type_not_allowed', 'tệp nén ZIP'],
    ['ho-so.docx', zip([['word/thu-muc/a.txt', 'không phải Word']]), 'type_not_allowed', 'tệp nén ZIP'],
    [
      'trinh-chieu.odp',
      zip(
        [
          ['mimetype', 'application/vnd.oasis.opendocument.presentation'],
          ['content.xml', '<x/>'],
        ],
        true,
      ),
      'type_not_allowed',
      'tài liệu OpenDocument loại khác',
    ],
    ['cu.doc', Promise.resolve(compoundFile(['WordDocument', 'Macros'])), 'contains_macros', 'văn bản Word có macro'],
    [
      'cu.xls',
      Promise.resolve(compoundFile(['Workbook', '_VBA_PROJECT_CUR'])),
      'contains_macros',
      'bảng tính Excel có macro',
    ],
    [
      'cu.ppt',
      Promise.resolve(compoundFile(['PowerPoint Document'])),
      'type_not_allowed',
      'bài trình chiếu PowerPoint (.ppt)',
    ],
    ['setup.doc', Promise.resolve(compoundFile(['SummaryInformation'])), 'type_not_allowed', 'bộ cài .msi'],
    ['a.pdf', Promise.resolve(bytesOf([0x7f], 'ELF', [2, 1, 1])), 'type_not_allowed', 'tệp chương trình'],
    ['a.pdf', Promise.resolve(bytesOf('#!/bin/sh\nrm -rf /')), 'type_not_allowed', 'tập lệnh (script)'],
    [
      'a.png',
      Promise.resolve(bytesOf('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
      'type_not_allowed',
      'trang web, SVG hoặc XML',
    ],
    ['a.jpg', Promise.resolve(bytesOf([0, 0, 0, 0x18], 'ftypheic')), 'type_not_allowed', 'ảnh HEIC'],
    ['a.rar', Promise.resolve(bytesOf('Rar!', [0x1a, 7, 0])), 'type_not_allowed', 'tệp nén RAR'],
    ['a.txt', Promise.resolve(bytesOf('Báo cáo')), 'type_not_allowed', 'tệp không xác định được loại'],
  ])('refuses %s (%s)', async (name, bytes, code, detected) => {
    const result = sniffEvidenceType(await bytes, name);
    expect(result.kind).toBeNull();
    expect(result.detected).toContain(detected);
    expect(result.refusal?.code).toBe(code);
    expect(result.refusal?.message).toContain(`Tệp "${name}"`);
  });

  it('reads an OLE directory spread over several sectors', () => {
    const names = ['SummaryInformation', 'DocumentSummaryInformation', '1Table', 'Data', 'CompObj', 'WordDocument'];
    expect(oleEntryNames(compoundFile(names))).toEqual(['Root Entry', ...names]);
  });

  it('falls back on the name for an Office 97-2003 file whose directory was cut off', () => {
    const head = compoundFile(['WordDocument']).subarray(0, 700);
    expect(sniffEvidenceType(head, 'cu.doc').kind).toBe('doc');
    expect(sniffEvidenceType(head, 'cu.exe').kind).toBeNull();
  });
});

describe('robustness', () => {
  it('never throws on cut-off or corrupted files, and never calls them something they are not', () => {
    const files = [
      'minh-chung.pdf',
      'minh-chung.docx',
      'so-lieu.xlsx',
      'minh-chung.doc',
      'so-lieu.xls',
      'minh-chung.odt',
      'so-lieu.ods',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (const name of files) {
      const whole = fixture(name);
      const kind = sniffEvidenceType(whole, name).kind;
      for (let length = 0; length <= whole.length; length += 61) {
        const found = sniffEvidenceType(whole.subarray(0, length), name).kind;
        expect([kind, null]).toContain(found);
      }
      for (let round = 0; round < 50; round++) {
        const damaged = whole.slice();
        for (let i = 0; i < 20; i++) damaged[next() % damaged.length] = next() % 256;
        expect(() => sniffEvidenceType(damaged, name)).not.toThrow();
      }
    }
  });
});

describe('checkEvidenceUpload', () => {
  const pdf = fixture('minh-chung.pdf');
  it('accepts an allowed file within the limit', () => {
    expect(checkEvidenceUpload({ fileName: 'minh-chung.pdf', size: pdf.length, bytes: pdf })).toEqual({
      ok: true,
      value: { kind: 'pdf', mime: 'application/pdf' },
    });
    expect(checkEvidenceUpload({ fileName: 'minh-chung.pdf', size: MAX_EVIDENCE_BYTES, bytes: pdf }).ok).toBe(true);
  });

  it.each([
    [0, 'empty_file', 'Tệp "minh-chung.pdf" rỗng, không có nội dung.'],
    [MAX_EVIDENCE_BYTES + 1, 'too_large', 'vượt giới hạn 20 MB'],
    [
      26_500_000,
      'too_large',
      'Tệp "minh-chung.pdf" có dung lượng 25,3 MB, vượt giới hạn 20 MB. Hãy nén hoặc tách tệp.',
    ],
  ])('refuses size %d', (size, code, message) => {
    const result = checkEvidenceUpload({ fileName: 'minh-chung.pdf', size, bytes: pdf });
    expect(result).toEqual({ ok: false, issues: [{ code, field: 'file', message: expect.stringContaining(message) }] });
  });

  it('refuses content that does not match its name', () => {
    const result = checkEvidenceUpload({ fileName: 'minh-chung.xlsx', size: pdf.length, bytes: pdf });
    expect(result.ok || result.issues[0]?.code).toBe('extension_mismatch');
  });
});
