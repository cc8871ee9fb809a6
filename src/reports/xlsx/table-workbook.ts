import ExcelJS from 'exceljs';
import type { Borders, Fill, Worksheet } from 'exceljs';
import { AppError } from '../../domain/errors.js';
import { formatCellVi } from '../columns.js';
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
 * Height in points of wrapped text in a cell `width` units wide: Excel fits neither merged cells
 * nor rows written with a height, so the title and header heights are worked out here.
 */
function wrappedHeight(text: string, width: number, sizePt: number, bold: boolean): number {
  const room = pointsOfWidth(width) - 6;
  const lines = text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidthPt(line, sizePt, bold) / room)), 0);
  return Math.ceil(lines * sizePt * 1.3 + 4);
}

function totalOf(kind: NonNullable<SheetColumn['total']>, values: CellValue[]): number {
  if (kind === 'count') return values.filter((value) => value != null && value !== '').length;
  const numbers = values.filter((value): value is number => typeof value === 'number');
  const sum = numbers.reduce((a, b) => a + b, 0);
  return kind === 'sum' ? sum : numbers.length ? sum / numbers.length : 0;
}

// SUBTOTAL leaves out the rows the auto-filter hides, so the totals follow what the reader filters.
const subtotalCodes = { sum: 109, average: 101, count: 103 } as const;

class SheetWriter {
  private readonly widths: number[];
  private readonly lastColumn: number;

  constructor(
    private readonly sheet: Worksheet,
    private readonly spec: SheetSpec,
  ) {
    this.widths = spec.columns.map((column, i) => fittedWidth(column, i, spec.rows));
    this.lastColumn = spec.columns.length;
    sheet.columns = spec.columns.map((column, i) => ({ width: this.widths[i], style: columnStyle(column) }));
  }

  write(): void {
    const headerRow = this.title();
    this.header(headerRow);
    for (const values of this.spec.rows) {
      this.framed(this.sheet.addRow(this.spec.columns.map((column, i) => cellValue(values[i], column))));
    }
    const lastDataRow = headerRow + this.spec.rows.length;
    if (this.spec.totals) this.totals(this.spec.totals.label, headerRow + 1, lastDataRow);

    this.sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }];
    this.sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: Math.max(headerRow, lastDataRow), column: this.lastColumn },
    };
    this.sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  }

  /** Writes the title lines and a blank line under them; returns the header's row number. */
  private title(): number {
    const lines = this.spec.title ?? [];
    if (lines.length === 0) return 1;
    const totalWidth = this.widths.reduce((a, b) => a + b, 0);
    lines.forEach((line, i) => {
      this.sheet.mergeCells(i + 1, 1, i + 1, this.lastColumn);
      const size = i === 0 ? 14 : FONT_SIZE;
      const cell = this.sheet.getCell(i + 1, 1);
      cell.value = line;
      cell.style = {
        font: { ...FONT, bold: i === 0, italic: i > 0, size },
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
      this.sheet.getRow(i + 1).height = wrappedHeight(line, totalWidth, size, i === 0);
    });
    this.sheet.getRow(lines.length + 1).height = 8;
    return lines.length + 2;
  }

  private header(rowNumber: number): void {
    const row = this.sheet.getRow(rowNumber);
    this.spec.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      cell.value = column.header;
      cell.style = {
        font: { ...FONT, bold: true },
        fill: HEADER_FILL,
        border: BORDERS,
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
    });
    row.height = Math.max(
      ...this.spec.columns.map((column, i) => wrappedHeight(column.header, this.widths[i] ?? MIN_WIDTH, FONT_SIZE, true)),
    );
  }

  private totals(label: string, firstDataRow: number, lastDataRow: number): void {
    const values = this.spec.columns.map((column, i) => {
      if (!column.total) return i === 0 ? label : null;
      const letter = this.sheet.getColumn(i + 1).letter;
      return {
        formula: `SUBTOTAL(${subtotalCodes[column.total]},${letter}${firstDataRow}:${letter}${lastDataRow})`,
        result: totalOf(column.total, this.spec.rows.map((row) => row[i])),
      };
    });
    const row = this.framed(this.sheet.addRow(values));
    row.font = { ...FONT, bold: true };
    const firstTotal = this.spec.columns.findIndex((column) => column.total);
    const labelSpan = firstTotal === -1 ? this.lastColumn : firstTotal;
    if (labelSpan > 1) this.sheet.mergeCells(row.number, 1, row.number, labelSpan);
    if (labelSpan > 0) row.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
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
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cchc';
  const names = sanitizeSheetNames(sheets.map((sheet) => sheet.name));
  sheets.forEach((spec, i) => {
    const name = names[i] ?? `Trang ${i + 1}`;
    if (spec.columns.length === 0) {
      throw new AppError('REPORT_SHEET_WITHOUT_COLUMNS', `Trang tính "${name}" không có cột nào để ghi.`, 422);
    }
    const sheet = workbook.addWorksheet(name, {
      pageSetup: { paperSize: 9, orientation: spec.orientation ?? 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    new SheetWriter(sheet, spec).write();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
