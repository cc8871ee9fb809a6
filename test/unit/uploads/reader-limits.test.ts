/**
 * The hard limits of the readers of uploaded files: inflated bytes counted as they come out (never the
 * sizes a ZIP declares), no entity declarations, bounded nesting, rows, columns, spans and paragraphs.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/readers/document/read-document.js';
import { readTable } from '../../../src/readers/tabular.js';
import { checkWorkbook } from '../../../src/readers/workbook-guard.js';
import { checkXmlShape } from '../../../src/readers/xml-guard.js';
import { readZipPackage } from '../../../src/readers/zip-package.js';
import { docx, xlsx, zeroStream, zip } from '../../fixtures/hostile/make.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/evidence/${name}`, import.meta.url)));
const sheet = (inner: string, after = '') =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${inner}</sheetData>${after}</worksheet>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const wordBody = (inner: string) => `<w:document ${W}><w:body>${inner}</w:body></w:document>`;

describe('ZIP packages', () => {
  it('counts the bytes it inflates and stops at the allowance, whatever the entry declares', async () => {
    const lying = zip([{ name: 'word/document.xml', deflated: { stream: zeroStream(8), declaredSize: 1024 } }]);
    // What JSZip (and exceljs through it) would have believed:
    const declared = (await JSZip.loadAsync(lying)).file('word/document.xml') as unknown as {
      _data: { uncompressedSize: number };
    };
    expect(declared._data.uncompressedSize).toBe(1024);
    expect(() => readZipPackage(lying, { maxInflatedBytes: 4 * 1024 * 1024, maxEntries: 10 })).toThrow(
      expect.objectContaining({ code: 'FILE_TOO_LARGE' }),
    );
    expect(
      readZipPackage(lying, { maxInflatedBytes: 9 * 1024 * 1024, maxEntries: 10 }).get('word/document.xml')!.length,
    ).toBe(8 * 1024 * 1024);
  });

  it('reads a real package part for part as JSZip does', async () => {
    const bytes = fixture('minh-chung.docx');
    const parts = readZipPackage(bytes);
    const reference = await JSZip.loadAsync(bytes);
    for (const [name, data] of parts)
      expect(Buffer.from(data).equals(await reference.file(name)!.async('nodebuffer')), name).toBe(true);
  });
});

describe('XML parts', () => {
  it('refuses entity declarations and deep nesting before a parser sees them', () => {
    expect(() => checkXmlShape('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')).toThrow(
      expect.objectContaining({ code: 'FILE_TOO_COMPLEX' }),
    );
    expect(() => checkXmlShape(`${'<a>'.repeat(101)}${'</a>'.repeat(101)}`)).toThrow(/lồng nhau quá 100 tầng/);
    expect(() => checkXmlShape(`${'<a>'.repeat(100)}<b/>${'</a>'.repeat(100)}<c/>`.repeat(3))).not.toThrow();
  });
});

describe('workbooks', () => {
  it('refuses a far cell, too many rows, huge merged ranges and column ranges before exceljs lays them out', () => {
    const refused = (xml: string) => () => checkWorkbook(xlsx({ 'xl/worksheets/sheet1.xml': xml }));
    expect(refused(sheet('<row r="1"><c r="XFD1"><v>1</v></c></row>'))).toThrow(/cột quá xa/);
    expect(refused(sheet('<row r="200000"><c r="A200000"><v>1</v></c></row>'))).toThrow(/dòng số 200\.000/);
    expect(refused(sheet(Array.from({ length: 50_002 }, () => '<row><c><v>1</v></c></row>').join('')))).toThrow(
      /quá nhiều dòng/,
    );
    expect(refused(sheet('', '<mergeCells><mergeCell ref="A1:Z100000"/></mergeCells>'))).toThrow(/quá rộng/);
    expect(
      refused(sheet('', '').replace('<sheetData>', '<cols><col min="1" max="1000000000"/></cols><sheetData>')),
    ).toThrow(/cột số 1000000000/);
    expect(() => checkWorkbook(fixture('so-lieu.xlsx'))).not.toThrow();
  });

  it('reads rows without creating a cell for every empty column', async () => {
    const table = await readTable(
      xlsx({
        'xl/worksheets/sheet1.xml': sheet(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c><c r="CV1" t="inlineStr"><is><t>Ghi chú</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>QT.STP</t></is></c></row>',
        ),
      }),
    );
    expect(table.header).toHaveLength(100);
    expect(table.rows[0]![0]).toBe('QT.STP');
  });

  it('refuses a CSV with more rows or columns than any directory', async () => {
    await expect(readTable(new TextEncoder().encode(`Mã\n${'x\n'.repeat(50_001)}`))).rejects.toMatchObject({
      code: 'FILE_TOO_COMPLEX',
    });
    await expect(readTable(new TextEncoder().encode(`${'a,'.repeat(300)}\n`))).rejects.toMatchObject({
      code: 'FILE_TOO_COMPLEX',
    });
  });
});

describe('plan documents', () => {
  const cell = (span: number) =>
    `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>`;

  it('refuses a cell spanning more columns than a Word table has, naming the span', async () => {
    await expect(
      readDocument(docx(wordBody(`<w:tbl><w:tr>${cell(100_000_000)}</w:tr></w:tbl>`))),
    ).rejects.toMatchObject({ code: 'FILE_TOO_COMPLEX', message: expect.stringContaining('100.000.000 cột') });
    await expect(readDocument(docx(wordBody(`<w:tbl><w:tr>${cell(12)}</w:tr></w:tbl>`)))).resolves.toMatchObject({
      format: 'docx',
    });
  });

  it('refuses a document of more paragraphs than any plan, before parsing its XML', async () => {
    await expect(readDocument(docx(wordBody('<w:p/>'.repeat(50_001))))).rejects.toMatchObject({
      code: 'FILE_TOO_COMPLEX',
      message: expect.stringContaining('đoạn văn'),
    });
  });

  it('refuses HTML spans and nesting no plan has', async () => {
    const html = (inner: string) => new TextEncoder().encode(`<html><body>${inner}</body></html>`);
    await expect(readDocument(html('<table><tr><td colspan="99999">x</td></tr></table>'))).rejects.toMatchObject({
      message: expect.stringContaining('99.999 cột'),
    });
    await expect(readDocument(html(`${'<div>'.repeat(500)}x${'</div>'.repeat(500)}`))).rejects.toMatchObject({
      message: expect.stringContaining('lồng nhau quá sâu'),
    });
    // Unclosed <p> and <li> close themselves: a long page of them is not deep.
    await expect(readDocument(html(`${'<p>Đoạn<li>mục'.repeat(2000)}`))).resolves.toMatchObject({ format: 'html' });
  });
});
