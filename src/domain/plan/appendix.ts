/**
 * The appendix table as logical rows under one column set: tables split by page breaks are put
 * back together, repeated header rows dropped, misaligned rows put back under their headers and
 * rows cut by a page break joined to the row they continue.
 */
import { looksLikeBudget, looksLikeDeadline, looksLikeUnits } from './cell-kinds.js';
import { columnSetFromMapping, type ColumnMapping } from './column-mapping.js';
import { detectColumns, isColumnNumberRow, isRepeatedHeader, type ColumnRole, type ColumnSet } from './columns.js';
import type { DocumentBlock } from './document.js';
import { foldVietnamese } from '../text/fold.js';
import { toGrid, type GridCell, type GridRow } from './grid.js';
import { hasWords, itemNumber, pieceVote, romanToNumber } from './text.js';
import type { ImportWarning } from './types.js';

export interface LogicalRow {
  cells: GridCell[];
  line: number | null;
  table: number;
  row: number;
  breakBefore: boolean;
  warnings: ImportWarning[];
}

export interface Appendix {
  columns: ColumnSet;
  rows: LogicalRow[];
  /** Indexes of the blocks that make up the appendix. */
  blockIndexes: number[];
  /** Rows above the header inside the first table (captions), kept for the reader. */
  preamble: LogicalRow[];
  /** Where the appendix starts: its first table, header row and first data row (1-based). */
  start: { table: number; headerRow: number | null; firstDataRow: number };
}

const cellText = (row: GridRow | LogicalRow, i: number) => row.cells[i]?.text ?? '';

function headerIndex(rows: GridRow[]): { index: number; columns: ColumnSet } | null {
  for (let i = 0; i < Math.min(rows.length, 6); i++) {
    const row = rows[i];
    if (!row) continue;
    const columns = detectColumns(
      row.cells.map((c) => c.text),
      row.cells.map((c) => c.spanned),
    );
    if (columns) return { index: i, columns };
  }
  return null;
}

function scoreCell(role: ColumnRole, text: string): number {
  if (!text.trim()) return 0;
  switch (role) {
    case 'lead':
    case 'cooperating':
      if (looksLikeDeadline(text)) return -1;
      return looksLikeUnits(text) ? 1 : -0.5;
    case 'deadline':
      if (looksLikeDeadline(text)) return 1;
      return looksLikeUnits(text) ? -1 : 0;
    case 'budget':
      if (looksLikeBudget(text)) return 1;
      return looksLikeDeadline(text) || looksLikeUnits(text) ? -1 : 0;
    case 'number':
      return itemNumber(text) || romanToNumber(text.trim()) ? 1 : text.length > 12 ? -1 : 0;
    default:
      return 0;
  }
}

/**
 * Some exports insert or drop an empty cell in a row; the deadline then sits under "Kinh phí"
 * and the lead under "Phối hợp". Try shifting the row by a cell and keep the reading whose
 * cells fit their headers best; never drop a cell that holds text.
 */
function realign(cells: GridCell[], columns: ColumnSet): { cells: GridCell[]; shift: number } {
  const width = columns.roles.length;
  const blank: GridCell = { text: '', bold: false, merged: false, spanned: false, footnotes: [] };
  const filled = cells.filter((c) => c.text.trim()).length;
  let best = { cells: cells.slice(0, width), shift: 0, score: -Infinity };
  for (const shift of [0, 1, -1, 2]) {
    if (shift > 0 && cells.slice(0, shift).some((c) => c.text.trim())) continue;
    const shifted = shift >= 0 ? cells.slice(shift) : [blank, ...cells];
    if (shifted.slice(width).some((c) => c.text.trim())) continue;
    const candidate = Array.from({ length: width }, (_, i) => shifted[i] ?? blank);
    const score =
      filled < 3 && shift !== 0
        ? -Infinity
        : candidate.reduce((sum, c, i) => sum + scoreCell(columns.roles[i] ?? 'other', c.text), 0);
    // A shift must be clearly better than the row as printed.
    const margin = shift === 0 ? 0 : 1.5;
    if (score - margin > best.score || (best.score === -Infinity && score > -Infinity))
      best = { cells: candidate, shift, score };
  }
  if (best.score === -Infinity) {
    // Nothing fits without losing text: keep every cell, extra ones go to the last column.
    const kept = cells.slice(0, width);
    const extra = cells
      .slice(width)
      .map((c) => c.text)
      .filter(Boolean);
    const last = kept[width - 1];
    if (last && extra.length) kept[width - 1] = { ...last, text: [last.text, ...extra].filter(Boolean).join('\n') };
    return { cells: kept, shift: 0 };
  }
  return { cells: best.cells, shift: best.shift };
}

function isHeadingLike(row: LogicalRow, columns: ColumnSet): boolean {
  const numberCol = columns.roles.indexOf('number');
  const filled = row.cells.filter((c, i) => i !== numberCol && c.text.trim()).length;
  return filled <= 1 && (row.cells[0]?.bold || /^[IVXLC]+\b/.test(cellText(row, 0).trim()) || filled === 0);
}

/**
 * The text a piece below a page break would continue: the cell above it, or, for an objective
 * or task printed once for several rows, the row where that text was printed.
 */
function textAbove(rows: LogicalRow[], column: number, columns: ColumnSet): { row: LogicalRow; text: string } | null {
  const numberCol = columns.roles.indexOf('number');
  const carried = columns.roles[column] === 'objective' || columns.roles[column] === 'task';
  for (let k = rows.length - 1; k >= 0; k--) {
    const row = rows[k] as LogicalRow;
    if (isHeadingLike(row, columns)) return null;
    const text = cellText(row, column).trim();
    if (text || !carried) return { row, text };
    if (numberCol >= 0 && cellText(row, numberCol).trim()) return null;
  }
  return null;
}

/**
 * A row after a page break with an empty number cell continues the rows above when its pieces
 * carry on the text above them: at least one clearly does (starts in lower case, finishes a
 * list or a dangling "và"), and none starts afresh under an empty cell or after a full stop.
 * Returns where each piece goes, or null for a new row.
 */
function continuation(row: LogicalRow, rows: LogicalRow[], columns: ColumnSet): Map<number, LogicalRow> | null {
  const numberCol = columns.roles.indexOf('number');
  if (numberCol >= 0 && cellText(row, numberCol).trim()) return null;
  const targets = new Map<number, LogicalRow>();
  let continues = 0;
  let neutral = 0;
  for (let i = 0; i < row.cells.length; i++) {
    const piece = cellText(row, i).trim();
    if (!piece || i === numberCol || row.cells[i]?.merged) continue;
    const above = textAbove(rows, i, columns);
    if (!above) return null;
    const vote = pieceVote(piece, above.text);
    if (vote === 'new') return null;
    if (vote === 'continues') continues++;
    else neutral++;
    targets.set(i, above.row);
  }
  return continues > 0 && continues >= neutral ? targets : null;
}

function joinPiece(above: string, piece: string): string {
  if (!above) return piece;
  if (!piece) return above;
  return /^[-+•–]\s/.test(piece) ? `${above}\n${piece}` : `${above} ${piece}`;
}

/**
 * Collect the appendix: the first table with a plan header and every table continuing it. With a
 * coordinator's mapping, the table it names, read from its first data row under its roles.
 */
export function findAppendix(blocks: DocumentBlock[], mapping?: ColumnMapping | null): Appendix | null {
  let columns: ColumnSet | null = null;
  const grids: { grid: GridRow[]; blockIndex: number }[] = [];
  const preamble: LogicalRow[] = [];
  let start: Appendix['start'] | null = null;
  let tableIndex = 0;
  blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'table') return;
    tableIndex++;
    const grid = toGrid(block, tableIndex);
    if (!columns && mapping) {
      if (tableIndex !== mapping.table) return;
      columns = columnSetFromMapping(mapping, grid);
      const firstData = Math.max(1, mapping.firstDataRow) - 1;
      const above = grid.slice(0, firstData).filter((_, i) => i !== (mapping.headerRow ?? 0) - 1);
      for (const row of above) preamble.push({ ...row, warnings: [] });
      grids.push({ grid: grid.slice(firstData), blockIndex });
      start = { table: tableIndex, headerRow: mapping.headerRow, firstDataRow: firstData + 1 };
      return;
    }
    const header = mapping ? null : headerIndex(grid);
    if (!columns) {
      if (!header) return;
      columns = header.columns;
      for (const row of grid.slice(0, header.index)) preamble.push({ ...row, warnings: [] });
      grids.push({ grid: grid.slice(header.index + 1), blockIndex });
      start = { table: tableIndex, headerRow: header.index + 1, firstDataRow: header.index + 2 };
      return;
    }
    // A later table continues the appendix if it repeats the header or has its width.
    const width: number = (columns as ColumnSet).roles.length;
    const rowWidth = Math.max(...grid.map((r) => r.cells.length));
    const repeats =
      mapping &&
      grid.slice(0, 2).some((r) =>
        isRepeatedHeader(
          r.cells.map((c) => c.text),
          columns as ColumnSet,
        ),
      );
    if (header || repeats || Math.abs(rowWidth - width) <= (mapping ? 0 : 1)) {
      const first = grid[0];
      if (first) first.breakBefore = true;
      grids.push({ grid, blockIndex });
    }
  });
  const found = columns as ColumnSet | null;
  const begins = start as Appendix['start'] | null;
  if (!found || !begins) return null;
  return {
    start: begins,
    columns: found,
    rows: logicalRows(
      grids.flatMap((g) => g.grid),
      found,
    ),
    blockIndexes: grids.map((g) => g.blockIndex),
    preamble,
  };
}

const SUB_HEADER =
  /^(bat dau|ket thuc|hoan thanh|tu ngay|den ngay|tong( so| cong)?|nsnn|ngan sach( nha nuoc)?( tinh)?|nguon khac|khac|von khac|so luong|trung uong|dia phuong|xa hoi hoa|don vi tinh)$/;

/** A second header line under spanning header cells ("Bắt đầu | Kết thúc", "Tổng | NSNN | Khác"). */
function isSubHeader(texts: string[]): boolean {
  const filled = texts
    .map((t) =>
      foldVietnamese(t)
        .replace(/[^a-z ]/g, '')
        .trim(),
    )
    .filter(Boolean);
  return filled.length >= 1 && filled.every((t) => SUB_HEADER.test(t));
}

function logicalRows(grid: GridRow[], columns: ColumnSet): LogicalRow[] {
  const rows: LogicalRow[] = [];
  let pendingBreak = false;
  let afterHeader = true;
  for (const source of grid) {
    const texts = source.cells.map((c) => c.text);
    if (
      source.header ||
      isRepeatedHeader(texts, columns) ||
      isColumnNumberRow(texts) ||
      (afterHeader && isSubHeader(texts))
    ) {
      pendingBreak = true;
      afterHeader = true;
      continue;
    }
    afterHeader = false;
    if (!texts.some(hasWords)) continue;
    const previous = rows.at(-1);
    const breakBefore = source.breakBefore || pendingBreak;
    pendingBreak = false;
    // A cut row's tail is judged as printed; only a row that stands on its own is realigned.
    const asPrinted: LogicalRow = {
      cells: source.cells,
      line: source.line,
      table: source.table,
      row: source.row,
      breakBefore,
      warnings: [],
    };
    const targets = breakBefore && previous ? continuation(asPrinted, rows, columns) : null;
    if (previous && targets) {
      for (const [i, target] of targets) {
        const piece = source.cells[i] as GridCell;
        const cell = target.cells[i] as GridCell;
        target.cells[i] = {
          ...cell,
          text: joinPiece(cell.text, piece.text),
          footnotes: [...cell.footnotes, ...piece.footnotes],
        };
      }
      previous.warnings.push({
        code: 'row_joined',
        message: `Dòng bị ngắt trang được nối với phần tiếp theo (dòng ${source.line ?? source.row}).`,
      });
      continue;
    }
    const { cells, shift } = realign(source.cells, columns);
    const row: LogicalRow = {
      cells,
      line: source.line,
      table: source.table,
      row: source.row,
      breakBefore,
      warnings: [],
    };
    if (shift !== 0) {
      row.warnings.push({
        code: 'row_realigned',
        message: `Dòng ${source.line ?? source.row} bị lệch cột so với tiêu đề bảng; đã căn lại, cần kiểm tra.`,
      });
    }
    rows.push(row);
  }
  return rows;
}
