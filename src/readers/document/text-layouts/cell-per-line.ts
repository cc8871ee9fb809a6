/**
 * A table written one cell per line: the column headers each on a line, then each row's cells
 * each on a line (an empty cell, or one merged from the row above, an empty line). Two forms
 * are read: rows separated by a blank line (a Word table copied out of a viewer) and rows run
 * together (LibreOffice's text export). Found by structure: a run of short lines naming known
 * columns is the header, its length N the row width; a row is N lines, or a shorter line group
 * whose first line is a row marker (an area row "I" + title spanning the rest).
 */
import { detectColumns } from '../../../domain/plan/columns.js';
import { foldVietnamese } from '../../../domain/text/fold.js';
import { makeCell, type DocumentRow, type DocumentTable } from '../../../domain/plan/document.js';

const MIN_COLUMNS = 4;
const MAX_COLUMNS = 14;
const MAX_HEADER_CELL = 50;

/** Words a column header starts with; a cheap look before the header is read in full. */
const HEADER_WORD =
  /^(?:\(?\d+\)?\s*[-.)]?\s*)?(?:s\.?\s?tt|tt|so tt|thu tu|muc tieu|chi tieu|nhiem vu|hoat dong|ket qua|san pham|chu tri|phoi hop|thoi gian|thoi han|tien do|kinh phi|du toan|nguon|noi dung|linh vuc|tieu chi|co quan|don vi)\b/;

const isBlank = (line: string | undefined) => line === undefined || line.trim().length === 0;
/** "I", "II.", "1", "1.2", "1.2.3", "a)", "(1)": what the number column holds. */
const ROW_MARKER = /^\(?(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ])[.)]?$/iu;
const ROMAN = /^[IVXLC]{1,6}\.?$/;
const hasLower = (line: string) => /\p{Ll}/u.test(line);

/** The header's lines starting at `start`, or 0 when no header starts there. */
export function cellPerLineHeader(lines: string[], start: number): number {
  const head = (lines[start] ?? '').trim();
  if (!head || head.length > MAX_HEADER_CELL || isBlank(lines[start + 1])) return 0;
  if (!HEADER_WORD.test(foldVietnamese(head))) return 0;
  let best = 0;
  const cells: string[] = [];
  for (let n = 1; n <= MAX_COLUMNS; n++) {
    const line = lines[start + n - 1];
    const text = (line ?? '').trim();
    if (!text || text.length > MAX_HEADER_CELL || text.includes('\t') || /^[-+•–\\]|[,;]$/.test(text)) break;
    cells.push((line ?? '').trim());
    if (n < MIN_COLUMNS) continue;
    const columns = detectColumns(cells);
    // Every line of the header names a column it knows (the last one at least, so it stops there).
    const unknown = columns?.roles.filter((r) => r === 'other').length ?? n;
    if (columns && columns.roles[n - 1] !== 'other' && unknown <= 1) best = n;
  }
  if (!best) return 0;
  const after = lines[start + best];
  const next = isBlank(after) ? lines[start + best + 1] : after;
  // A header is followed by rows: a marker, an empty cell, a column-number row, or a long cell.
  return next === undefined || isBlank(after) || ROW_MARKER.test(next.trim()) ? best : 0;
}

const textCell = (text: string) => makeCell(text.trim());

function spanRow(parts: string[], width: number, line: number): DocumentRow {
  const cells = parts.map((p) => textCell(p));
  const last = cells[cells.length - 1];
  if (last) last.colSpan = Math.max(1, width - cells.length + 1);
  return { cells, header: false, breakBefore: false, line };
}

/** An area row: a marker alone with a title after it, or one spanning line such as "I. CẢI CÁCH THỂ CHẾ". */
function isSpanRow(parts: string[]): boolean {
  const first = (parts[0] ?? '').trim();
  if (parts.length === 2) return ROMAN.test(first) || (ROW_MARKER.test(first) && !hasLower(parts[1] ?? ''));
  // One line spanning the row starts with its marker: "III Cải cách …", "2. CẢI CÁCH THỂ CHẾ" (not "KT. CHỦ TỊCH").
  if (parts.length === 1)
    return /^[IVXLC]{1,6}[.)]?\s+\S/.test(first) || (/^\d{1,2}[.)]?\s+\S/.test(first) && !hasLower(first));
  return false;
}

function readSeparated(
  lines: string[],
  start: number,
  width: number,
  headerCells: string[],
): { rows: DocumentRow[]; next: number } {
  const rows: DocumentRow[] = [];
  let at = start;
  let blanks = 0;
  while (at < lines.length) {
    let end = at;
    while (end < lines.length && !isBlank(lines[end])) end++;
    const parts = lines.slice(at, end);
    const full = at + width >= lines.length || isBlank(lines[at + width]);
    const cells = lines.slice(at, at + width).map((c) => c ?? '');
    const filled = cells.filter((c) => !isBlank(c)).length;
    const first = (lines[at] ?? '').trim();
    // "8.1", "CHỈ SỐ …" and the rest of the row's cells empty is a full row, not an area row.
    const restEmpty = full && cells.slice(parts.length).every((c) => isBlank(c));
    if (parts.length > 0 && parts.length <= 2 && isSpanRow(parts) && !restEmpty) {
      rows.push(spanRow(parts, width, at + 1));
      at = end + 1;
      blanks = 0;
      continue;
    }
    // A full row: `width` lines, its first an empty number cell, a marker or the header again.
    if (full && filled > 0 && (isBlank(first) || ROW_MARKER.test(first) || first === headerCells[0])) {
      rows.push({ cells: cells.map(textCell), header: false, breakBefore: false, line: at + 1 });
      at += width + 1;
      blanks = 0;
      continue;
    }
    // An extra blank line (a page break in the copy) before the next row.
    if (isBlank(lines[at]) && blanks++ < 2) {
      at++;
      continue;
    }
    break;
  }
  return { rows, next: at };
}

const LIST_LINE = /^\s*[-+•–]\s/;

/** The row's cells from `count` lines at `at`, `folds` list-item lines taken into the line before. */
function foldedCells(lines: string[], at: number, count: number, folds: number): string[] | null {
  const cells: string[] = [];
  let left = folds;
  for (let i = at; i < at + count; i++) {
    const line = lines[i] ?? '';
    const previous = cells.at(-1);
    if (left > 0 && i > at + 1 && LIST_LINE.test(line) && previous !== undefined && LIST_LINE.test(previous)) {
      cells[cells.length - 1] = `${previous}\n${line}`;
      left--;
    } else cells.push(line);
  }
  return left === 0 ? cells : null;
}

interface Parse {
  /** How far the rows from here reach. */
  reach: number;
  row: DocumentRow | null;
  next: number;
}

/**
 * Rows run together (LibreOffice's text export): every row is `width` lines (a cell of several
 * paragraphs takes more), an area row one or two. Of the readings of a row, the one that lets the
 * following rows be read furthest wins; on a tie the plain `width`-line row.
 */
function readRunTogether(
  lines: string[],
  start: number,
  width: number,
  headerCells: string[],
): { rows: DocumentRow[]; next: number } {
  const memo = new Map<number, Parse>();
  const rowStarts = (at: number) => {
    const first = (lines[at] ?? '').trim();
    return isBlank(lines[at]) || ROW_MARKER.test(first) || first === headerCells[0];
  };
  const parse = (at: number, depth: number): Parse => {
    if (at >= lines.length) return { reach: at, row: null, next: at };
    const known = memo.get(at);
    if (known) return known;
    const options: { row: DocumentRow; next: number }[] = [];
    const first = (lines[at] ?? '').trim();
    if (rowStarts(at)) {
      for (let folds = 0; folds <= 8 && at + width + folds <= lines.length; folds++) {
        const cells = foldedCells(lines, at, width + folds, folds);
        if (!cells || cells.every((c) => isBlank(c))) continue;
        options.push({
          row: { cells: cells.map(textCell), header: false, breakBefore: false, line: at + 1 },
          next: at + width + folds,
        });
      }
    }
    if (!isBlank(lines[at + 1]) && isSpanRow([first, lines[at + 1] ?? ''])) {
      options.push({ row: spanRow([first, lines[at + 1] ?? ''], width, at + 1), next: at + 2 });
    }
    if (first && isSpanRow([first])) options.push({ row: spanRow([first], width, at + 1), next: at + 1 });
    let best: Parse = { reach: at, row: null, next: at };
    for (const option of options) {
      const reach = depth > 400 ? option.next : parse(option.next, depth + 1).reach;
      if (reach > best.reach) best = { reach, row: option.row, next: option.next };
    }
    memo.set(at, best);
    return best;
  };
  // Read from the end backwards first so the recursion stays shallow.
  for (let at = lines.length - 1; at >= start; at--) parse(at, 0);
  const rows: DocumentRow[] = [];
  let at = start;
  for (let step = parse(at, 0); step.row; step = parse(at, 0)) {
    rows.push(step.row);
    at = step.next;
  }
  return { rows, next: at };
}

/** The table whose header starts at `start` (`width` lines), and the line after it. */
export function readCellPerLineTable(
  lines: string[],
  start: number,
  width: number,
): { table: DocumentTable; next: number } {
  const header: DocumentRow = {
    cells: lines.slice(start, start + width).map((c) => makeCell((c ?? '').trim(), { bold: true })),
    header: true,
    breakBefore: false,
    line: start + 1,
  };
  const body = start + width;
  const read = isBlank(lines[body])
    ? readSeparated(
        lines,
        body + 1,
        width,
        header.cells.map((c) => c.text),
      )
    : readRunTogether(
        lines,
        body,
        width,
        header.cells.map((c) => c.text),
      );
  return { table: { kind: 'table', rows: [header, ...read.rows] }, next: read.next };
}
