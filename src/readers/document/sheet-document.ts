/**
 * Spreadsheet sheets → the neutral document model. A sheet is a grid of cells with merged ranges; a plan
 * kept in a workbook has its title and number in the first rows (often merged across the sheet), the
 * appendix table under a header row (STT | Nhiệm vụ | Cơ quan chủ trì …) and sometimes notes below it.
 * Which sheet holds the appendix, and where its table starts, is decided by structure (the header row),
 * never by a sheet's name: rows above the header become paragraphs (one per filled cell, left to right, so
 * "Số: …" and "…, ngày …" are found), the header and the rows under it become one table whose merged
 * ranges are spans (colSpan across, mergedAbove below, as Word's w:vMerge), and a lone long text in the
 * first column under the table (a note, "Trang cuối./.", the "Tổ chức thực hiện" section) is a paragraph
 * again. Sheets
 * before the appendix sheet are read as prose; sheets after it are left out.
 */
import { detectColumns } from '../../domain/plan/columns.js';
import {
  makeCell,
  makeParagraph,
  type DocumentBlock,
  type DocumentRow,
  type DocumentTable,
  type PlanDocument,
} from '../../domain/plan/document.js';

export interface SheetCell {
  /** The text as the sheet shows it (dates dd/mm/yyyy, numbers as formatted). */
  text: string;
  bold: boolean;
}

/** A merged range, 0-based and inclusive. */
export interface SheetRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Filled cells by row, then column (0-based). */
  rows: Map<number, Map<number, SheetCell>>;
  merges: SheetRange[];
}

/**
 * A lone text in the first column under the header is a row of the table when it starts with an item number
 * ("1", "IV", "1.3.2", "a)", "III CẢI CÁCH TTHC" an area row written in one cell), prose otherwise (a note,
 * "Trang cuối./.").
 */
const TABLE_ROW = /^(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]?(?:\s|$)/u;

function rowTexts(grid: SheetGrid, row: number, left: number, right: number): string[] {
  const cells = grid.rows.get(row);
  const texts: string[] = [];
  for (let col = left; col <= right; col++) texts.push(cells?.get(col)?.text ?? '');
  return texts;
}

interface Bounds {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function usedBounds(grid: SheetGrid): Bounds | null {
  let bounds: Bounds | null = null;
  for (const [row, cells] of grid.rows) {
    for (const [col, cell] of cells) {
      if (!cell.text.trim()) continue;
      if (!bounds) bounds = { top: row, bottom: row, left: col, right: col };
      else {
        bounds.top = Math.min(bounds.top, row);
        bounds.bottom = Math.max(bounds.bottom, row);
        bounds.left = Math.min(bounds.left, col);
        bounds.right = Math.max(bounds.right, col);
      }
    }
  }
  return bounds;
}

/** The header row of the sheet's appendix table: the first row naming the plan's columns. */
function headerRow(grid: SheetGrid, bounds: Bounds): number | null {
  const rows = [...grid.rows.keys()].sort((a, b) => a - b);
  const covered = coverage(grid, bounds);
  for (const row of rows) {
    const texts = rowTexts(grid, row, bounds.left, bounds.right);
    const spanned = texts.map((_, i) => covered.get(row)?.get(bounds.left + i)?.kind === 'across');
    if (texts.filter((t) => t.trim()).length >= 3 && detectColumns(texts, spanned)) return row;
  }
  return null;
}

type Cover = { kind: 'across' } | { kind: 'below'; range: SheetRange };

/** For every cell inside a merged range other than its first: covered from the left, or from above. */
function coverage(grid: SheetGrid, bounds: Bounds): Map<number, Map<number, Cover>> {
  const covered = new Map<number, Map<number, Cover>>();
  for (const range of grid.merges) {
    const top = Math.max(range.top, bounds.top);
    const bottom = Math.min(range.bottom, bounds.bottom);
    const left = Math.max(range.left, bounds.left);
    const right = Math.min(range.right, bounds.right);
    if (top > bottom || left > right || top !== range.top || left !== range.left) continue;
    for (let row = top; row <= bottom; row++) {
      let line = covered.get(row);
      if (!line) covered.set(row, (line = new Map()));
      for (let col = left; col <= right; col++) {
        if (row === top && col === left) continue;
        line.set(col, col === left ? { kind: 'below', range: { top, bottom, left, right } } : { kind: 'across' });
      }
    }
  }
  return covered;
}

/** Columns spanned by the merged range starting at each cell, by row then column. */
function spans(grid: SheetGrid, bounds: Bounds): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (const range of grid.merges) {
    const span = Math.min(range.right, bounds.right) - range.left + 1;
    if (span <= 1 && range.bottom === range.top) continue;
    let line = out.get(range.top);
    if (!line) out.set(range.top, (line = new Map()));
    line.set(range.left, Math.max(1, span));
  }
  return out;
}

function proseOf(grid: SheetGrid): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  for (const row of [...grid.rows.keys()].sort((a, b) => a - b)) {
    const cells = grid.rows.get(row)!;
    for (const col of [...cells.keys()].sort((a, b) => a - b)) {
      const cell = cells.get(col)!;
      if (cell.text.trim()) blocks.push(makeParagraph(cell.text.trim(), { bold: cell.bold }));
    }
  }
  return blocks;
}

/** The appendix sheet: paragraphs above the header row, the table from it down, notes under it as prose. */
function appendixOf(grid: SheetGrid, bounds: Bounds, header: number): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const covered = coverage(grid, bounds);
  const starts = spans(grid, bounds);
  const spanOf = (row: number, col: number) => starts.get(row)?.get(col) ?? 1;
  const rows = [...grid.rows.keys()].filter((r) => r <= bounds.bottom).sort((a, b) => a - b);
  // Rows that only a merge reaches (the filled cell is above) still belong to the table.
  const allRows = new Set(rows);
  for (const line of covered.keys()) if (line >= header) allRows.add(line);
  let table: DocumentTable | null = null;
  for (const row of [...allRows].sort((a, b) => a - b)) {
    const cells = grid.rows.get(row);
    const filled = [...(cells?.entries() ?? [])].filter(([, c]) => c.text.trim()).sort((a, b) => a[0] - b[0]);
    if (row < header) {
      for (const [, cell] of filled) blocks.push(makeParagraph(cell.text.trim(), { bold: cell.bold }));
      continue;
    }
    const line = covered.get(row);
    const merged = (line?.size ?? 0) > 0 || (starts.get(row)?.size ?? 0) > 0;
    if (filled.length === 0 && !merged) continue;
    const lone = filled.length === 1 && !merged ? filled[0]! : null;
    if (row > header && lone && lone[0] === bounds.left && !TABLE_ROW.test(lone[1].text.trim())) {
      blocks.push(makeParagraph(lone[1].text.trim(), { bold: lone[1].bold }));
      table = null;
      continue;
    }
    const out: DocumentRow = { cells: [], header: row === header, breakBefore: false, line: null };
    for (let col = bounds.left; col <= bounds.right; col++) {
      const cover = line?.get(col);
      if (cover?.kind === 'across') continue;
      if (cover?.kind === 'below') {
        out.cells.push(makeCell('', { mergedAbove: true, colSpan: cover.range.right - cover.range.left + 1 }));
        continue;
      }
      const cell = cells?.get(col);
      const span = spanOf(row, col);
      out.cells.push(makeCell(cell?.text.trim() ?? '', { bold: cell?.bold ?? false, colSpan: span }));
    }
    if (!table) blocks.push((table = { kind: 'table', rows: [] }));
    table.rows.push(out);
  }
  return blocks;
}

/** The workbook's sheets as one document (see the file comment). */
export function sheetsToDocument(grids: SheetGrid[]): PlanDocument {
  const blocks: DocumentBlock[] = [];
  for (const grid of grids) {
    const bounds = usedBounds(grid);
    if (!bounds) continue;
    const header = headerRow(grid, bounds);
    if (header === null) {
      blocks.push(...proseOf(grid));
      continue;
    }
    blocks.push(...appendixOf(grid, bounds, header));
    break;
  }
  return { blocks, footnotes: {} };
}
