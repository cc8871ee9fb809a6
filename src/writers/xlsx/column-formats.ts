import type ExcelJS from 'exceljs';
import type { Alignment, Font, Style } from 'exceljs';
import { neutraliseFormula } from '../../domain/text/spreadsheet-text.js';
import { calendarDateOf, isNumericColumn } from '../columns.js';
import type { CellValue, ColumnFormat } from '../columns.js';

export const FONT_SIZE = 12;
export const FONT: Partial<Font> = { name: 'Times New Roman', size: FONT_SIZE };

/**
 * Number formats are locale-neutral codes: Excel shows "#,##0.00" as 1.607,50 on a computer set
 * to Vietnamese and as 1,607.50 on one set to English, and the cell stays a number to compute with.
 */
export function numberFormat(column: ColumnFormat): string | undefined {
  const decimals = column.decimals ?? 2;
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  switch (column.type) {
    case 'integer':
      return '#,##0';
    case 'decimal':
      return `#,##0${fraction}`;
    case 'percent':
      return `0${fraction}%`;
    case 'date':
      return 'dd/mm/yyyy';
    default:
      return undefined;
  }
}

/** What every cell of a column shares. No borders: a column's style also dresses its empty cells. */
export function columnStyle(column: ColumnFormat): Partial<Style> {
  const horizontal: Alignment['horizontal'] = isNumericColumn(column.type)
    ? 'right'
    : column.type === 'date'
      ? 'center'
      : 'left';
  const numFmt = numberFormat(column);
  return {
    font: FONT,
    alignment: { horizontal, vertical: 'top', wrapText: !isNumericColumn(column.type) },
    ...(numFmt ? { numFmt } : {}),
  };
}

/** A cell's stored value: dates become real Excel dates (a whole day serial, no time of day); text never a formula. */
export function cellValue(value: CellValue, column: ColumnFormat): ExcelJS.CellValue {
  if (value == null) return null;
  if (column.type === 'date' || value instanceof Date) {
    const iso = calendarDateOf(value);
    if (iso) {
      const [y, m, d] = iso.split('-').map(Number);
      return new Date(Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1));
    }
  }
  if (typeof value === 'string') return neutraliseFormula(value);
  return value instanceof Date ? null : value;
}
