/**
 * Table rows → a rectangular grid: a cell spanning columns fills them, a cell spanning rows
 * (rowspan, or w:vMerge continued below) shows its text in every row it covers, marked merged.
 */
import type { DocumentRow, DocumentTable } from './document.js';

export interface GridCell {
  text: string;
  bold: boolean;
  /** Text shown here by a vertical merge from the row above, not written in this row. */
  merged: boolean;
  /** Empty slot covered by a cell spanning from the left. */
  spanned: boolean;
  footnotes: string[];
}

export interface GridRow {
  cells: GridCell[];
  header: boolean;
  breakBefore: boolean;
  line: number | null;
  table: number;
  row: number;
}

const emptyCell = (init: Partial<GridCell> = {}): GridCell => ({
  text: '',
  bold: false,
  merged: false,
  spanned: false,
  footnotes: [],
  ...init,
});

export function toGrid(table: DocumentTable, tableIndex: number): GridRow[] {
  const pending = new Map<number, { remaining: number; cell: GridCell }>();
  const rows: GridRow[] = [];
  let previous: GridCell[] = [];
  table.rows.forEach((row: DocumentRow, rowIndex) => {
    const cells: GridCell[] = [];
    let col = 0;
    const fillPending = () => {
      for (let span = pending.get(col); span; span = pending.get(col)) {
        cells[col] = emptyCell({ text: span.cell.text, bold: span.cell.bold, merged: true });
        span.remaining -= 1;
        if (span.remaining <= 0) pending.delete(col);
        col++;
      }
    };
    for (const cell of row.cells) {
      fillPending();
      const above = previous[col];
      const grid: GridCell = cell.mergedAbove
        ? emptyCell({ text: above?.text ?? '', bold: above?.bold ?? false, merged: true })
        : emptyCell({ text: cell.text, bold: cell.bold, footnotes: cell.footnotes });
      cells[col] = grid;
      if (cell.rowSpan > 1) pending.set(col, { remaining: cell.rowSpan - 1, cell: grid });
      for (let extra = 1; extra < Math.max(1, cell.colSpan); extra++) {
        cells[col + extra] = emptyCell({ spanned: true, merged: grid.merged });
        if (cell.rowSpan > 1) pending.set(col + extra, { remaining: cell.rowSpan - 1, cell: emptyCell() });
      }
      col += Math.max(1, cell.colSpan);
    }
    fillPending();
    for (let i = 0; i < cells.length; i++) cells[i] ??= emptyCell();
    previous = cells;
    rows.push({
      cells,
      header: row.header,
      breakBefore: row.breakBefore,
      line: row.line,
      table: tableIndex,
      row: rowIndex + 1,
    });
  });
  return rows;
}
