import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Borders, Fill, Worksheet } from 'exceljs';
import { AppError } from '../../domain/errors.js';
import { neutraliseFormula } from '../../domain/text/spreadsheet-text.js';
import { formatCellVi, isNumericColumn } from '../columns.js';
import type { CellValue, ColumnFormat } from '../columns.js';
import { textWidthPt } from '../text-width.js';
import { cellValue, columnStyle, FONT, FONT_SIZE } from './column-formats.js';
import { sanitizeSheetNames } from './sheet-name.js';

export interface SheetColumn extends ColumnFormat {
  /** "\n" breaks a header line. */
  header: string;
  /** In Excel's character widths; fitted to the header and the values when omitted. */
  width?: number;
  /** What the totals row shows under this column. */
  total?: 'sum' | 'average' | 'count';
}

export interface SheetSpec {
  /** Cleaned to what Excel accepts (31 characters, none of [ ] : * ? / \) and made unique. */
  name: string;
  /** Lines above the table across its width: the first bold, the others italic. */
  title?: string[];
  columns: SheetColumn[];
  rows: CellValue[][];
  /**
   * A bold row under the data: `label` merged across the columns before the first one with a
   * total ("Tổng cộng" over TT and Đơn vị), SUBTOTAL formulas under the columns that have one.
   */
  totals?: { label: string };
  /** Printing orientation; the table is fitted to the page width either way. */
  orientation?: 'portrait' | 'landscape';
}

const thin = { style: 'thin' as const, color: { argb: 'FF7F7F7F' } };
const BORDERS: Partial<Borders> = { top: thin, bottom: thin, left: thin, right: thin };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const SAMPLE_ROWS = 500;
/** Excel measures widths in digits of its default font: 7 pixels (5.25 pt), plus 5 pixels of padding. */
const POINTS_PER_WIDTH_UNIT = 5.25;
const pointsOfWidth = (width: number): number => width * POINTS_PER_WIDTH_UNIT + 3.75;

function fittedWidth(column: SheetColumn, index: number, rows: CellValue[][]): number {
  if (column.width) return column.width;
  let widest = Math.max(...column.header.split('\n').map((line) => textWidthPt(line, FONT_SIZE, true)));
  for (const row of rows.slice(0, SAMPLE_ROWS)) {
    widest = Math.max(widest, textWidthPt(formatCellVi(row[index], column), FONT_SIZE));
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(widest / POINTS_PER_WIDTH_UNIT) + 2));
}

/**
 * Lines `text` takes when wrapped in a cell `width` units wide, breaking at spaces as Excel and Calc do
 * (a word wider than the cell breaks inside it); "\n" starts a line.
 */
export function wrappedLines(text: string, width: number, sizePt: number, bold: boolean): number {
  const room = pointsOfWidth(width) - 6;
  const space = textWidthPt(' ', sizePt, bold);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const wide = textWidthPt(word, sizePt, bold);
      if (used > 0 && used + space + wide <= room) {
        used += space + wide;
        continue;
      }
      if (used > 0) lines += 1;
      const extra = Math.max(0, Math.ceil(wide / room) - 1);
      lines += extra;
      used = wide - extra * room;
    }
  }
  return Math.max(1, lines);
}

const heightOfLines = (lines: number, sizePt: number): number => Math.ceil(lines * sizePt * 1.3 + 4);

/**
 * Height in points of wrapped text in a cell `width` units wide: Excel fits neither merged cells
 * nor rows written with a height, so the title and header heights are worked out here.
 */
function wrappedHeight(text: string, width: number, sizePt: number, bold: boolean): number {
  return heightOfLines(wrappedLines(text, width, sizePt, bold), sizePt);
}

function totalOf(kind: NonNullable<SheetColumn['total']>, values: CellValue[]): number {
  if (kind === 'count') return values.filter((value) => value != null && value !== '').length;
  const numbers = values.filter((value): value is number => typeof value === 'number');
  const sum = numbers.reduce((a, b) => a + b, 0);
  return kind === 'sum' ? sum : numbers.length ? sum / numbers.length : 0;
}

// SUBTOTAL leaves out the rows the auto-filter hides, so the totals follow what the reader filters.
const subtotalCodes = { sum: 109, average: 101, count: 103 } as const;

/**
 * Writes one sheet row by row through exceljs's streaming writer, which keeps only the current
 * row in memory: rows are committed in order, so views, filter and widths are set up front.
 */
class SheetWriter {
  private readonly widths: number[];
  private readonly lastColumn: number;
  private readonly titleLines: string[];
  /** The header sits under the title and a blank line, or on row 1. */
  private readonly headerRow: number;
  private readonly lastDataRow: number;

  constructor(
    private readonly spec: SheetSpec,
    private readonly name: string,
  ) {
    this.widths = spec.columns.map((column, i) => fittedWidth(column, i, spec.rows));
    this.lastColumn = spec.columns.length;
    this.titleLines = spec.title ?? [];
    this.headerRow = this.titleLines.length ? this.titleLines.length + 2 : 1;
    this.lastDataRow = this.headerRow + spec.rows.length;
  }

  write(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
    const sheet = workbook.addWorksheet(this.name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: this.headerRow, topLeftCell: `A${this.headerRow + 1}` }],
      pageSetup: {
        paperSize: 9,
        orientation: this.spec.orientation ?? 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${this.headerRow}:${this.headerRow}`,
      },
    });
    sheet.autoFilter = {
      from: { row: this.headerRow, column: 1 },
      to: { row: Math.max(this.headerRow, this.lastDataRow), column: this.lastColumn },
    };
    sheet.columns = this.spec.columns.map((column, i) => ({ width: this.widths[i], style: columnStyle(column) }));

    this.title(sheet);
    this.header(sheet);
    this.spec.rows.forEach((values, i) => {
      const row = sheet.getRow(this.headerRow + 1 + i);
      row.values = this.spec.columns.map((column, j) => cellValue(values[j], column));
      const height = this.dataRowHeight(values);
      if (height !== undefined) row.height = height;
      this.framed(row).commit();
    });
    if (this.spec.totals) this.totals(sheet, this.spec.totals.label);
    sheet.commit();
  }

  private title(sheet: Worksheet): void {
    if (this.titleLines.length === 0) return;
    const totalWidth = this.widths.reduce((a, b) => a + b, 0);
    this.titleLines.forEach((line, i) => {
      sheet.mergeCells(i + 1, 1, i + 1, this.lastColumn);
      const size = i === 0 ? 14 : FONT_SIZE;
      const row = sheet.getRow(i + 1);
      row.getCell(1).value = neutraliseFormula(line);
      row.getCell(1).style = {
        font: { ...FONT, bold: i === 0, italic: i > 0, size },
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
      row.height = wrappedHeight(line, totalWidth, size, i === 0);
      row.commit();
    });
    const blank = sheet.getRow(this.titleLines.length + 1);
    blank.height = 8;
    blank.commit();
  }

  private header(sheet: Worksheet): void {
    const row = sheet.getRow(this.headerRow);
    this.spec.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      cell.value = neutraliseFormula(column.header);
      cell.style = {
        font: { ...FONT, bold: true },
        fill: HEADER_FILL,
        border: BORDERS,
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
    });
    row.height = Math.max(
      ...this.spec.columns.map((column, i) =>
        wrappedHeight(column.header, this.widths[i] ?? MIN_WIDTH, FONT_SIZE, true),
      ),
    );
    row.commit();
  }

  /**
   * A data row with text that wraps gets the height of its longest cell: Excel does not fit rows when it
   * opens a file, so wrapped lines would spill over the rows below. One-line rows keep the default height.
   */
  private dataRowHeight(values: CellValue[]): number | undefined {
    let lines = 1;
    this.spec.columns.forEach((column, i) => {
      if (isNumericColumn(column.type) || column.type === 'date' || values[i] == null || values[i] === '') return;
      lines = Math.max(
        lines,
        wrappedLines(formatCellVi(values[i], column), this.widths[i] ?? MIN_WIDTH, FONT_SIZE, false),
      );
    });
    return lines > 1 ? heightOfLines(lines, FONT_SIZE) : undefined;
  }

  private totals(sheet: Worksheet, label: string): void {
    const firstDataRow = this.headerRow + 1;
    const row = sheet.getRow(this.lastDataRow + 1);
    row.values = this.spec.columns.map((column, i) => {
      if (!column.total) return i === 0 ? label : null;
      const letter = sheet.getColumn(i + 1).letter;
      return {
        formula: `SUBTOTAL(${subtotalCodes[column.total]},${letter}${firstDataRow}:${letter}${this.lastDataRow})`,
        result: totalOf(
          column.total,
          this.spec.rows.map((values) => values[i]),
        ),
      };
    });
    this.framed(row).font = { ...FONT, bold: true };
    const firstTotal = this.spec.columns.findIndex((column) => column.total);
    const labelSpan = firstTotal === -1 ? this.lastColumn : firstTotal;
    if (labelSpan > 1) sheet.mergeCells(row.number, 1, row.number, labelSpan);
    if (labelSpan > 0) row.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
    row.commit();
  }

  private framed(row: ExcelJS.Row): ExcelJS.Row {
    for (let column = 1; column <= this.lastColumn; column++) row.getCell(column).border = BORDERS;
    return row;
  }
}

/**
 * Writes tables as an Excel workbook, one sheet per table: title lines, a bold filled header
 * that stays in view and repeats on printed pages, an auto-filter over the data, typed columns
 * (real numbers, percentages and dates, not text) and an optional totals row.
 */
export async function buildTableWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const names = sanitizeSheetNames(sheets.map((sheet) => sheet.name));
  const writers = sheets.map((spec, i) => {
    const name = names[i] ?? `Trang ${i + 1}`;
    if (spec.columns.length === 0) {
      throw new AppError('REPORT_SHEET_WITHOUT_COLUMNS', { sheet: name });
    }
    return new SheetWriter(spec, name);
  });

  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'cchc';
  for (const writer of writers) writer.write(workbook);
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
