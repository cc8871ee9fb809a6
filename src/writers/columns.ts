import { formatDateVi, formatNumberVi, localDateOf } from '../domain/text/format.js';

/**
 * Column types shared by the Word and Excel writers, so one table description can be
 * written to both. A percent column takes a ratio (0.8644 is shown as 86,44%), as Excel does.
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'percent' | 'date';

/** A date is an ISO calendar date ("2025-03-31") or an instant, read in Vietnam's time zone. */
export type CellValue = string | number | Date | null | undefined;

export interface ColumnFormat {
  type?: ColumnType;
  /** Digits after the decimal comma for decimal and percent columns; 2 when omitted. */
  decimals?: number;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function isNumericColumn(type: ColumnType | undefined): boolean {
  return type === 'integer' || type === 'decimal' || type === 'percent';
}

/** The ISO calendar date a date cell stands for, or null when the cell holds free text. */
export function calendarDateOf(value: CellValue): string | null {
  if (value instanceof Date) return localDateOf(value);
  if (typeof value === 'string' && isoDate.test(value)) return value;
  return null;
}

/**
 * A cell as printed in a Word table: numbers in Vietnamese style with the column's fixed
 * decimals, dates dd/mm/yyyy. Text in a numeric column ("Thường xuyên", "-") is kept as written.
 */
export function formatCellVi(value: CellValue, column: ColumnFormat): string {
  if (value == null) return '';
  const decimals = column.decimals ?? 2;
  if (typeof value === 'number') {
    switch (column.type) {
      case 'integer':
        return formatNumberVi(value, 0);
      case 'decimal':
        return formatNumberVi(value, decimals, decimals);
      case 'percent':
        return `${formatNumberVi(value * 100, decimals, decimals)}%`;
      default:
        return formatNumberVi(value);
    }
  }
  if (column.type === 'date') {
    const date = calendarDateOf(value);
    if (date) return formatDateVi(date);
  }
  return value instanceof Date ? formatDateVi(value) : value;
}
