/**
 * An XLSX file looked at before exceljs loads it. exceljs trusts what a sheet says: one cell at XFD200000
 * makes it lay out 200 000 rows of 16 384 columns, a merged range or a column range of a billion cells is
 * expanded cell by cell, and the ZIP's declared sizes decide nothing here. So the package is inflated with
 * its bytes counted (zip-package.ts), every XML part is checked for entity declarations and nesting
 * (xml-guard.ts), and every sheet's rows, columns and ranges are held to TABLE_LIMITS.
 */
import { PACKAGE_LIMITS, readZipPackage } from './zip-package.js';
import { TABLE_LIMITS, tooComplex } from './limits.js';
import { checkXmlShape } from './xml-guard.js';

/** Excel's own grid: 16 384 columns (XFD), 1 048 576 rows. */
const EXCEL_COLUMNS = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function cellOf(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  return m ? { col: columnNumber(m[1]!), row: Number(m[2]) } : null;
}

function checkSheet(xml: string, name: string): void {
  const where = `trang tính ${name.replace(/^xl\/worksheets\//, '')}`;
  let rows = 0;
  for (const m of xml.matchAll(/<(row|c)\b[^>]*?\sr="([^"]*)"/g)) {
    if (m[1] === 'row') {
      if (++rows > TABLE_LIMITS.maxRows) throw tooComplex(`${where} có quá nhiều dòng`, TABLE_LIMITS.maxRows);
      if (Number(m[2]) > TABLE_LIMITS.maxRows + 1)
        throw tooComplex(`${where} có dòng số ${Number(m[2]).toLocaleString('vi-VN')}`, TABLE_LIMITS.maxRows);
      continue;
    }
    const cell = cellOf(m[2]!);
    if (!cell) continue;
    if (cell.row > TABLE_LIMITS.maxRows + 1)
      throw tooComplex(`${where} có ô ${m[2]} ở dòng quá xa`, TABLE_LIMITS.maxRows);
    if (cell.col > TABLE_LIMITS.maxColumns)
      throw tooComplex(`${where} có ô ${m[2]} ở cột quá xa`, TABLE_LIMITS.maxColumns);
  }
  // Rows without an "r" are numbered by their order; count them too.
  const plainRows = (xml.match(/<row\b/g) ?? []).length;
  if (plainRows > TABLE_LIMITS.maxRows + 1) throw tooComplex(`${where} có quá nhiều dòng`, TABLE_LIMITS.maxRows);
  for (const m of xml.matchAll(/<col\b[^>]*?\smax="(\d+)"/g)) {
    if (Number(m[1]) > EXCEL_COLUMNS) throw tooComplex(`${where} khai báo cột số ${m[1]}`, EXCEL_COLUMNS);
  }
  let covered = 0;
  for (const m of xml.matchAll(
    /<(?:mergeCell|hyperlink|dataValidation|x14:dataValidation)\b[^>]*?\s(?:ref|sqref)="([^"]*)"/g,
  )) {
    for (const range of m[1]!.trim().split(/\s+/)) {
      const [from, to = from] = range.split(':');
      const a = cellOf(from ?? '');
      const b = cellOf(to ?? '');
      if (!a || !b) continue;
      covered += (Math.abs(b.row - a.row) + 1) * (Math.abs(b.col - a.col) + 1);
      if (covered > TABLE_LIMITS.maxRangeCells)
        throw tooComplex(`${where} có vùng ô gộp hoặc ràng buộc quá rộng (${range})`, TABLE_LIMITS.maxRangeCells);
    }
  }
}

/** Throws an AppError (413 or 422) when the workbook would cost more to load than any real one. */
export function checkWorkbook(bytes: Uint8Array): void {
  const parts = readZipPackage(bytes, PACKAGE_LIMITS);
  for (const [name, data] of parts) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const xml = new TextDecoder('utf-8').decode(data);
    checkXmlShape(xml);
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) checkSheet(xml, name);
  }
}
