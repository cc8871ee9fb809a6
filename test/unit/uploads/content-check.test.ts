/**
 * The one content check of every upload route (domain/reporting/upload-check.ts): files are what their
 * whole structure says, not what their first bytes or their names claim.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkEvidenceUpload } from '../../../src/domain/reporting/evidence-type.js';
import { checkUpload, type UploadPurpose } from '../../../src/domain/reporting/upload-check.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/evidence/${name}`, import.meta.url)));
const text = (value: string) => new Uint8Array(Buffer.from(value, 'utf8'));
const base64 = (value: string) => new Uint8Array(Buffer.from(value, 'base64'));
const evidence = (bytes: Uint8Array, fileName: string) => checkEvidenceUpload({ fileName, size: bytes.length, bytes });
const codeOf = (result: ReturnType<typeof checkUpload>) => (result.ok ? 'ok' : result.issues[0]!.code);

async function zip(entries: [string, string][]): Promise<Uint8Array> {
  const archive = new JSZip();
  for (const [name, content] of entries) archive.file(name, content);
  return archive.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const PNG = base64('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==');
const GIF = base64('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7');
const WEBP = base64('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==');
const JPEG = new Uint8Array([
  0xff,
  0xd8,
  0xff,
  0xe0,
  0x00,
  0x10,
  ...text('JFIF'),
  0,
  1,
  1,
  0,
  0,
  1,
  0,
  1,
  0,
  0,
  0xff,
  0xd9,
]);

describe('evidence is checked by its whole structure', () => {
  it.each([
    ['minh-chung.pdf', 'pdf'],
    ['minh-chung.docx', 'docx'],
    ['so-lieu.xlsx', 'xlsx'],
    ['minh-chung.doc', 'doc'],
    ['so-lieu.xls', 'xls'],
    ['minh-chung.odt', 'odt'],
    ['so-lieu.ods', 'ods'],
  ])('accepts the real document %s', (name, kind) => {
    expect(evidence(fixture(name), name)).toEqual({ ok: true, value: expect.objectContaining({ kind }) });
  });

  it.each([
    ['anh.png', PNG],
    ['anh.gif', GIF],
    ['anh.webp', WEBP],
    ['anh.jpg', JPEG],
  ])('accepts the whole image %s', (name, bytes) => {
    expect(evidence(bytes, name).ok).toBe(true);
  });

  it('refuses an HTML page carrying "%PDF-" in its first kilobyte, named .pdf', () => {
    const page = text(`<p>Báo cáo</p><script>fetch('/api/users')</script><!-- %PDF-1.7 -->\n${' '.repeat(200)}`);
    const result = evidence(page, 'bao-cao.pdf');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: 'type_not_allowed',
      message: expect.stringContaining('trang web'),
    });
    // Without a leading tag either: a PDF header is a PDF's first bytes, not somewhere near them.
    expect(evidence(text(`Xin chào\n%PDF-1.7\n${'x'.repeat(100)}`), 'bao-cao.pdf').ok).toBe(false);
  });

  it('refuses a PDF header without the rest of a PDF', () => {
    const result = evidence(text('%PDF-1.7\n<html><script>alert(1)</script></html>'), 'bao-cao.pdf');
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'damaged', message: expect.stringContaining('%%EOF') })],
    });
  });

  it.each([
    [
      'a Word folder without its document part',
      [
        ['[Content_Types].xml', '<Types/>'],
        ['word/styles.xml', '<w:styles/>'],
      ],
    ],
    [
      'a document part without [Content_Types].xml',
      [
        ['_rels/.rels', '<Relationships/>'],
        ['word/document.xml', '<w:document/>'],
      ],
    ],
  ] as [string, [string, string][]][])('refuses a .docx that is %s', async (_what, entries) => {
    expect(codeOf(evidence(await zip(entries), 'bao-cao.docx'))).not.toBe('ok');
  });

  it.each([
    ['a PNG signature and nothing else', PNG.subarray(0, 20), 'anh.png'],
    ['a JPEG cut before its end marker', JPEG.subarray(0, JPEG.length - 2), 'anh.jpg'],
    ['a WebP whose declared length is wrong', new Uint8Array([...WEBP, ...new Uint8Array(100)]), 'anh.webp'],
  ])('refuses %s', (_what, bytes, name) => {
    expect(codeOf(evidence(bytes, name))).toBe('damaged');
  });
});

describe('every upload route refuses programs, scripts and SVG', () => {
  const purposes: UploadPurpose[] = ['evidence', 'plan-document', 'unit-table', 'criteria-set', 'survey-points'];
  const exe = new Uint8Array([...text('MZ'), ...new Uint8Array(200)]);
  const svg = text(
    '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
  );
  const shell = text('#!/bin/sh\nrm -rf /\n');

  it.each(purposes)('%s refuses a Windows program, a script and an SVG image', (purpose) => {
    for (const [bytes, name] of [
      [exe, 'ke-hoach.docx'],
      [svg, 'anh.png'],
      [shell, 'don-vi.csv'],
    ] as const) {
      const result = checkUpload({ bytes, fileName: name }, purpose);
      expect(codeOf(result), `${purpose} ${name}`).toBe('type_not_allowed');
    }
  });

  it('takes an HTML page only as a plan document', () => {
    const page = text('<!DOCTYPE html><html><body><table><tr><td>Nhiệm vụ</td></tr></table></body></html>');
    expect(codeOf(checkUpload({ bytes: page, fileName: 'ke-hoach.html' }, 'plan-document'))).toBe('ok');
    for (const purpose of ['evidence', 'unit-table', 'criteria-set', 'survey-points'] as const) {
      expect(codeOf(checkUpload({ bytes: page, fileName: 'tep.html' }, purpose)), purpose).toBe('type_not_allowed');
    }
  });

  it('reads a Markdown plan that opens with a comment as text, not as a page', () => {
    const markdown = text('<!-- xuất từ cổng thông tin -->\n# Kế hoạch cải cách hành chính năm 2025\n');
    expect(checkUpload({ bytes: markdown, fileName: 'ke-hoach.md' }, 'plan-document')).toEqual({
      ok: true,
      value: { kind: null, mime: 'application/octet-stream' },
    });
    expect(
      codeOf(
        checkUpload(
          { bytes: text('<!DOCTYPE lolz [<!ENTITY lol "lol">]><lolz>&lol;</lolz>'), fileName: 'x.txt' },
          'plan-document',
        ),
      ),
    ).toBe('type_not_allowed');
  });

  it('leaves CSV, JSON and Office files to the reader of each import, stored under their real type', () => {
    expect(checkUpload({ bytes: text('Mã,Tên\nQT.STP,Sở Tư pháp\n'), fileName: 'don-vi.csv' }, 'unit-table')).toEqual({
      ok: true,
      value: { kind: null, mime: 'application/octet-stream' },
    });
    expect(
      codeOf(checkUpload({ bytes: text('{"format":"cchc-criteria/1"}'), fileName: 'bo.json' }, 'criteria-set')),
    ).toBe('ok');
    expect(checkUpload({ bytes: fixture('so-lieu.xlsx'), fileName: 'diem.xlsx' }, 'survey-points')).toMatchObject({
      ok: true,
      value: { kind: 'xlsx' },
    });
  });

  it('holds every route to the one size limit, named in MB', () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    expect(checkUpload({ bytes: big, fileName: 'lon.csv' }, 'unit-table')).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'too_large', message: expect.stringContaining('20 MB') })],
    });
  });
});
