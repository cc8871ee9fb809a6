/**
 * A plan kept in a spreadsheet: an XLSX workbook (exceljs, after workbook-guard.ts has held the package, its
 * XML and every sheet's rows, columns and merged ranges to the limits) or an OpenDocument spreadsheet (its
 * content.xml inflated with the bytes counted, checked by xml-guard.ts, then read by one linear pass over
 * the tags). Each sheet becomes a grid of the texts as the sheet shows them (dates dd/mm/yyyy, numbers the
 * Vietnamese way with the cell's grouping and decimals) with bold and merged ranges; sheet-document.ts turns
 * the grids into the document model.
 *
 * ODS says how often a row or a cell repeats (`number-rows-repeated`, `number-columns-repeated`): LibreOffice
 * writes a million empty rows that way, and a hostile file a billion filled cells. Empty repeats only move
 * the position (within the sheet's own grid, 1 048 576 × 16 384); filled ones are laid out only within
 * TABLE_LIMITS, and merged areas together within TABLE_LIMITS.maxRangeCells, as for XLSX.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../domain/errors.js';
import { TABLE_LIMITS, tooComplex } from '../limits.js';
import { checkWorkbook } from '../workbook-guard.js';
import { checkXmlShape } from '../xml-guard.js';
import { readZipPackage } from '../zip-package.js';
import type { SheetCell, SheetGrid, SheetRange } from './sheet-document.js';

/** The grid of a spreadsheet application: rows and columns past these are no real position. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;
/** Inflated bytes of content.xml and styles.xml together. */
const MAX_ODS_BYTES = 60 * 1024 * 1024;

const corruptXlsx = () => new AppError('CORRUPT_FILE', { file: 'xlsx' });
const corruptOds = () =>
  new AppError('CORRUPT_FILE', {
    file: 'document',
    problem: 'nội dung bảng tính OpenDocument (.ods) không đọc được.',
  });

// ---------------------------------------------------------------------------------------------------------
// Numbers and dates as printed

const pad = (n: number) => String(n).padStart(2, '0');

/** A date the way a Vietnamese sheet prints it: dd/mm/yyyy (mm/yyyy or yyyy when the format shows no day). */
export function dateText(date: Date, format = 'dd/mm/yyyy'): string {
  if (Number.isNaN(date.getTime())) return '';
  const code = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').toLowerCase();
  const day = pad(date.getUTCDate());
  const month = pad(date.getUTCMonth() + 1);
  const year = String(date.getUTCFullYear());
  if (!/d/.test(code) && /m/.test(code) && /y/.test(code)) return `${month}/${year}`;
  if (!/d|m/.test(code) && /y/.test(code)) return year;
  return `${day}/${month}/${year}`;
}

/** A number the way the cell's format prints it in Vietnamese: "1.500.000", "60,5", "12%". */
export function numberText(value: number, format = 'General'): string {
  if (!Number.isFinite(value)) return String(value);
  const code = (format.split(';')[0] ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const general = !/[0#?]/.test(code);
  const percent = code.includes('%');
  const n = percent ? value * 100 : value;
  if (general) {
    // Up to 10 significant digits, as a spreadsheet's General shows them.
    const rounded = Number(n.toPrecision(10));
    return rounded.toLocaleString('vi-VN', { useGrouping: false, maximumFractionDigits: 10 }) + (percent ? '%' : '');
  }
  const decimals = /\.([0#?]+)/.exec(code)?.[1]?.length ?? 0;
  const grouping = /[0#?],[0#?]/.test(code);
  return (
    n.toLocaleString('vi-VN', {
      useGrouping: grouping,
      minimumFractionDigits: Math.min(decimals, 20),
      maximumFractionDigits: Math.min(decimals, 20),
    }) + (percent ? '%' : '')
  );
}

// ---------------------------------------------------------------------------------------------------------
// XLSX

function xlsxText(value: ExcelJS.CellValue, format: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, format);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value, format);
  if ('richText' in value) return (value.richText ?? []).map((r) => r.text ?? '').join('');
  if ('formula' in value || 'sharedFormula' in value)
    return xlsxText((value as { result?: ExcelJS.CellValue }).result ?? null, format);
  if ('text' in value) return typeof value.text === 'string' ? value.text : xlsxText(value.text, format);
  if ('error' in value) return String(value.error);
  return '';
}

function xlsxBold(cell: ExcelJS.Cell): boolean {
  const value = cell.value;
  if (value && typeof value === 'object' && 'richText' in value) {
    const runs = (value.richText ?? []).filter((r) => (r.text ?? '').trim());
    return runs.length > 0 && runs.every((r) => r.font?.bold ?? cell.font?.bold ?? false);
  }
  return cell.font?.bold === true;
}

const clean = (text: string) => text.replace(/\r\n?/g, '\n').replace(/_x000[dD]_/g, '');

/** The visible sheets of an XLSX workbook as grids. */
export async function readXlsxSheets(bytes: Uint8Array): Promise<SheetGrid[]> {
  checkWorkbook(bytes);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw corruptXlsx();
  }
  const grids: SheetGrid[] = [];
  for (const sheet of book.worksheets) {
    if (sheet.state && sheet.state !== 'visible') continue;
    const merges: SheetRange[] = [];
    const masters = new Set<string>();
    const mergeTable = (sheet as unknown as { _merges?: Record<string, { model: SheetRange }> })._merges ?? {};
    for (const merge of Object.values(mergeTable)) {
      const { top, left, bottom, right } = merge.model;
      merges.push({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
      masters.add(`${top}:${left}`);
    }
    const rows = new Map<number, Map<number, SheetCell>>();
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber > TABLE_LIMITS.maxRows + 1) throw tooComplex('trang tính có quá nhiều dòng', TABLE_LIMITS.maxRows);
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // A merged cell other than the first shows the first one's value in exceljs: read once.
        if (cell.isMerged && !masters.has(`${rowNumber}:${colNumber}`)) return;
        const text = clean(xlsxText(cell.value, cell.numFmt)).trim();
        if (!text) return;
        let line = rows.get(rowNumber - 1);
        if (!line) rows.set(rowNumber - 1, (line = new Map()));
        line.set(colNumber - 1, { text, bold: xlsxBold(cell) });
      });
    });
    grids.push({ name: sheet.name, rows, merges });
  }
  if (grids.length === 0)
    throw new AppError('UNSUPPORTED_FORMAT', {
      expected: 'plan',
      problem: 'Tệp Excel không có trang tính nào đọc được.',
    });
  return grids;
}

// ---------------------------------------------------------------------------------------------------------
// ODS

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/** A count attribute: a whole number from 1, anything else 1. */
function count(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

const TAG =
  /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** Which named styles print bold (style:text-properties fo:font-weight="bold"), parents followed. */
function boldStyles(xml: string): { bold: Set<string>; parents: Map<string, string> } {
  const bold = new Set<string>();
  const parents = new Map<string, string>();
  let current: string | null = null;
  for (const m of xml.matchAll(/<(\/?)style:(style|text-properties)\b([^>]*?)(\/?)>/g)) {
    if (m[2] === 'style') {
      if (m[1]) current = null;
      else {
        const attrs = attributes(m[3]!);
        current = attrs.get('style:name') ?? null;
        const parent = attrs.get('style:parent-style-name');
        if (current && parent) parents.set(current, parent);
        if (m[4]) current = null;
      }
      continue;
    }
    if (current && !m[1] && /fo:font-weight\s*=\s*["'](?:bold|[6-9]00)["']/.test(m[3]!)) bold.add(current);
  }
  return { bold, parents };
}

/**
 * The number format of every cell style, as a format code numberText understands: a data style
 * (number:number-style, percentage, currency) gives decimals and grouping; a cell style names its data style.
 */
function numberFormats(xml: string): Map<string, string> {
  const dataStyles = new Map<string, string>();
  for (const m of xml.matchAll(
    /<number:(number|percentage|currency)-style\b([^>]*?)(?:\/>|>([\s\S]*?)<\/number:\1-style>)/g,
  )) {
    const name = attributes(m[2]!).get('style:name');
    if (!name) continue;
    const number = /<number:number\b([^>]*?)\/?>/.exec(m[3] ?? '');
    const attrs = attributes(number?.[1] ?? '');
    const decimals = attrs.get('number:decimal-places');
    const grouping = attrs.get('number:grouping') === 'true';
    let code = decimals === undefined && m[1] === 'number' ? 'General' : grouping ? '#,##0' : '0';
    if (code !== 'General' && Number(decimals) > 0) code += '.' + '0'.repeat(Math.min(Number(decimals), 20));
    if (m[1] === 'percentage') code += '%';
    dataStyles.set(name, code);
  }
  const formats = new Map<string, string>();
  for (const m of xml.matchAll(/<style:style\b([^>]*?)\/?>/g)) {
    const attrs = attributes(m[1]!);
    const name = attrs.get('style:name');
    const data = attrs.get('style:data-style-name');
    if (name && data && dataStyles.has(data)) formats.set(name, dataStyles.get(data)!);
  }
  return formats;
}

interface OdsCellDraft {
  text: string;
  /** Characters printed bold and in all. */
  boldChars: number;
  chars: number;
  paragraphs: number;
}

/** The sheets of an ODS package's content.xml as grids. */
export function readOdsSheets(bytes: Uint8Array): SheetGrid[] {
  const parts = readZipPackage(
    bytes,
    { maxInflatedBytes: MAX_ODS_BYTES, maxEntries: 2000 },
    (name) => name === 'content.xml' || name === 'styles.xml',
  );
  const content = parts.get('content.xml');
  if (!content) throw corruptOds();
  let xml: string;
  let stylesXml = '';
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(content);
    const styles = parts.get('styles.xml');
    if (styles) stylesXml = new TextDecoder('utf-8', { fatal: true }).decode(styles);
  } catch {
    throw corruptOds();
  }
  checkXmlShape(xml);
  if (stylesXml) checkXmlShape(stylesXml);
  const named = boldStyles(stylesXml);
  const own = boldStyles(xml);
  const parents = new Map([...named.parents, ...own.parents]);
  const boldSet = new Set([...named.bold, ...own.bold]);
  const isBold = (style: string | undefined): boolean => {
    for (let name = style, hops = 0; name && hops < 20; name = parents.get(name), hops++)
      if (boldSet.has(name)) return true;
    return false;
  };
  const formats = new Map([...numberFormats(stylesXml), ...numberFormats(xml)]);
  return odsGrids(xml, isBold, (style) => (style ? formats.get(style) : undefined));
}

function odsGrids(
  xml: string,
  isBold: (style: string | undefined) => boolean,
  formatOf: (style: string | undefined) => string | undefined,
): SheetGrid[] {
  const grids: SheetGrid[] = [];
  let grid: SheetGrid | null = null;
  let row = 0;
  let col = 0;
  let rowRepeat = 1;
  let rowCells: { col: number; repeat: number; cell: SheetCell; colSpan: number; rowSpan: number }[] = [];
  let rowSpans: { col: number; colSpan: number; rowSpan: number }[] = [];
  let mergedArea = 0;
  let cell: OdsCellDraft | null = null;
  let cellAttrs: Map<string, string> | null = null;
  let cellCovered = false;
  /** Bold styles open inside the cell (paragraphs, spans), innermost last. */
  const styleStack: boolean[] = [];
  let skip = 0; // inside an annotation or a note: not printed in the cell
  let inParagraph = 0;
  let last = 0;

  const addText = (text: string) => {
    if (!cell || skip > 0 || cellCovered || !text) return;
    if (cell.text.length + text.length > TABLE_LIMITS.maxRangeCells)
      throw tooComplex('một ô của bảng tính có nội dung quá dài', TABLE_LIMITS.maxRangeCells);
    cell.text += text;
    const visible = text.replace(/\s/g, '').length;
    cell.chars += visible;
    if (styleStack.some(Boolean)) cell.boldChars += visible;
  };

  const closeCell = () => {
    if (!grid || !cellAttrs) return;
    const repeat = count(cellAttrs.get('table:number-columns-repeated'));
    const colSpan = count(cellAttrs.get('table:number-columns-spanned'));
    const rowSpan = count(cellAttrs.get('table:number-rows-spanned'));
    let text = (cell?.text ?? '').trim();
    if (!cellCovered) {
      // The paragraph text is printed in the document's own language (LibreOffice in English writes "4.455"
      // and "1/31/25"): numbers and dates are printed again from their values, the Vietnamese way.
      const type = cellAttrs.get('office:value-type');
      const value = cellAttrs.get('office:value');
      const date = cellAttrs.get('office:date-value');
      const style = cellAttrs.get('table:style-name');
      if (type === 'date' && date && /^\d{4}-\d{2}-\d{2}/.test(date)) {
        const printed = dateText(new Date(`${date.slice(0, 10)}T00:00:00Z`));
        if (printed) text = printed;
      } else if (
        (type === 'float' || type === 'percentage' || type === 'currency') &&
        value !== undefined &&
        value.trim() !== '' &&
        Number.isFinite(Number(value))
      )
        text = numberText(Number(value), formatOf(style) ?? (type === 'percentage' ? '0%' : 'General'));
    }
    if (!cellCovered && (colSpan > 1 || rowSpan > 1)) {
      mergedArea += colSpan * rowSpan;
      if (mergedArea > TABLE_LIMITS.maxRangeCells)
        throw tooComplex('bảng tính có vùng ô gộp quá rộng', TABLE_LIMITS.maxRangeCells);
      rowSpans.push({ col, colSpan, rowSpan });
    }
    if (text && !cellCovered) {
      if (col + repeat > TABLE_LIMITS.maxColumns)
        throw tooComplex(
          `bảng tính có ô lặp lại hoặc nằm ở cột quá xa (cột ${(col + repeat).toLocaleString('vi-VN')})`,
          TABLE_LIMITS.maxColumns,
        );
      const bold = cell !== null && cell.chars > 0 && cell.boldChars === cell.chars;
      rowCells.push({ col, repeat, cell: { text, bold }, colSpan, rowSpan });
    }
    col += repeat;
    if (col > SHEET_COLUMNS) throw tooComplex(`bảng tính khai báo ${col.toLocaleString('vi-VN')} cột`, SHEET_COLUMNS);
    cell = null;
    cellAttrs = null;
    cellCovered = false;
    styleStack.length = 0;
    inParagraph = 0;
    skip = 0;
  };

  const closeRow = () => {
    if (!grid) return;
    if (rowCells.length > 0 || rowSpans.length > 0) {
      if (row + rowRepeat > TABLE_LIMITS.maxRows + 1)
        throw tooComplex(
          `bảng tính có dòng lặp lại hoặc nằm quá xa (dòng ${(row + rowRepeat).toLocaleString('vi-VN')})`,
          TABLE_LIMITS.maxRows,
        );
      for (let r = row; r < row + rowRepeat; r++) {
        if (rowCells.length > 0) {
          const line = new Map<number, SheetCell>();
          for (const c of rowCells) for (let k = 0; k < c.repeat; k++) line.set(c.col + k, c.cell);
          grid.rows.set(r, line);
        }
        for (const span of rowSpans) {
          grid.merges.push({
            top: r,
            left: span.col,
            bottom: r + span.rowSpan - 1,
            right: span.col + span.colSpan - 1,
          });
          if (r > row) {
            mergedArea += span.colSpan * span.rowSpan;
            if (mergedArea > TABLE_LIMITS.maxRangeCells)
              throw tooComplex('bảng tính có vùng ô gộp quá rộng', TABLE_LIMITS.maxRangeCells);
          }
        }
      }
    }
    row += rowRepeat;
    if (row > SHEET_ROWS + 1) throw tooComplex(`bảng tính khai báo ${row.toLocaleString('vi-VN')} dòng`, SHEET_ROWS);
    rowCells = [];
    rowSpans = [];
    rowRepeat = 1;
  };

  for (const m of xml.matchAll(TAG)) {
    // Inside a paragraph, white space runs print as one space (ODF 6.1.2); outside, they are layout.
    if (cell && inParagraph > 0 && m.index > last) addText(decodeXml(xml.slice(last, m.index)).replace(/\s+/g, ' '));
    last = m.index + m[0].length;
    if (m[5] !== undefined) {
      if (cell && inParagraph > 0) addText(m[5]);
      continue;
    }
    const name = m[2];
    if (!name) continue;
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    switch (name) {
      case 'table:table':
        if (closing) {
          if (grid) grids.push(grid);
          grid = null;
        } else if (!selfClosing) {
          grid = {
            name: attributes(m[3]!).get('table:name') ?? `Sheet${grids.length + 1}`,
            rows: new Map(),
            merges: [],
          };
          row = 0;
          mergedArea = 0;
        }
        continue;
      case 'table:table-row':
        if (!grid) continue;
        if (closing) closeRow();
        else {
          col = 0;
          rowCells = [];
          rowSpans = [];
          rowRepeat = count(attributes(m[3]!).get('table:number-rows-repeated'));
          if (selfClosing) closeRow();
        }
        continue;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (!grid) continue;
        if (closing) {
          closeCell();
          continue;
        }
        cellAttrs = attributes(m[3]!);
        cellCovered = name === 'table:covered-table-cell';
        cell = { text: '', boldChars: 0, chars: 0, paragraphs: 0 };
        styleStack.length = 0;
        styleStack.push(isBold(cellAttrs.get('table:style-name')));
        if (selfClosing) closeCell();
        continue;
    }
    if (!cell) continue;
    if (name === 'office:annotation' || name === 'text:note') {
      if (!selfClosing) skip += closing ? -1 : 1;
      skip = Math.max(0, skip);
      continue;
    }
    if (name === 'text:p' || name === 'text:h') {
      if (closing) {
        styleStack.pop();
        inParagraph = Math.max(0, inParagraph - 1);
        continue;
      }
      if (skip === 0 && cell.paragraphs++ > 0) addText('\n');
      if (!selfClosing) {
        styleStack.push(isBold(attributes(m[3]!).get('text:style-name')));
        inParagraph++;
      }
      continue;
    }
    if (name === 'text:span') {
      if (closing) styleStack.pop();
      else if (!selfClosing) styleStack.push(isBold(attributes(m[3]!).get('text:style-name')));
      continue;
    }
    if (closing) continue;
    if (name === 'text:s') addText(' '.repeat(Math.min(count(attributes(m[3]!).get('text:c')), 100)));
    else if (name === 'text:tab') addText(' ');
    else if (name === 'text:line-break') addText('\n');
  }
  if (grid) grids.push(grid);
  return grids;
}

/** Whether a ZIP package is an OpenDocument spreadsheet ("text" for a text document), by its mimetype entry. */
export function openDocumentKind(bytes: Uint8Array): 'spreadsheet' | 'text' | 'other' | null {
  let parts: Map<string, Buffer>;
  try {
    parts = readZipPackage(bytes, { maxInflatedBytes: 1024, maxEntries: 2000 }, (name) => name === 'mimetype');
  } catch {
    return null;
  }
  const mimetype = parts.get('mimetype')?.toString('latin1').trim();
  if (!mimetype) return null;
  if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet') return 'spreadsheet';
  if (mimetype === 'application/vnd.oasis.opendocument.text') return 'text';
  return mimetype.startsWith('application/vnd.oasis.opendocument.') ? 'other' : null;
}
