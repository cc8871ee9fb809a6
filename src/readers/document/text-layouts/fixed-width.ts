/**
 * A table printed in fixed-width columns, as `pdftotext -layout` writes a PDF's table: each
 * printed line holds a slice of every cell side by side, columns separated by whitespace gutters
 * (often a single space where a column is full), a cell wrapping over several lines, pages split
 * by form feeds with the header row repeated on each page. Found by structure: a line naming
 * three or more appendix columns with gaps between them, followed by lines with gaps of their own.
 *
 * Per page, the column boundaries are the x positions blank in (nearly) every line of the table
 * body. A line's text is cut at those boundaries; text running over a gutter is one cell spanning
 * the columns it crosses (an area title). Cells are top-aligned and hold one contiguous block of
 * lines, so a row starts where the number column has text or where any column has text again
 * after an empty line above it; a row broken over a page goes on after the repeated header.
 *
 * pdftotext squeezes crowded lines (one space between cells, later cells shifted left of their
 * column). Such a line is cut where a cell opens with a capital near its column, where text after
 * a real gap sits nearer the column than the one before, where the lines around it in the same
 * cell divided, and never so a cell holds more than its column's width; a page whose body misses a
 * column takes its columns from its own header row.
 */
import { detectColumns } from '../../../domain/plan/columns.js';
import { makeCell, type DocumentRow, type DocumentTable } from '../../../domain/plan/document.js';
import type { ImportWarning } from '../../../domain/plan/types.js';
import { foldVietnamese } from '../../../domain/text/fold.js';
import { columnsNamed } from './table-hint.js';

const MAX_HEADER_LINES = 4;
const GAP = /\S\s{2,}(?=\S)/g;
const PAGE_NUMBER = /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$/;
const LIST_START = /^(?:[-+•–]\s|\d+[.)]\s|[a-zđ]\)\s)/iu;

const ROW_MARKER = /^\(?(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ])[.)]?$/iu;
const stripFeed = (line: string) => line.replace(/\f/g, '');
const isBlank = (line: string | undefined) => line === undefined || stripFeed(line).trim().length === 0;
const gaps = (line: string) => (line.match(GAP) ?? []).length;

/** Whether `line` reads as a fixed-width table header: column names apart on one line. */
function isHeaderLine(line: string): boolean {
  const text = stripFeed(line);
  if (text.includes('\t') || text.includes('|') || gaps(text) < 2) return false;
  return columnsNamed(foldVietnamese(text)) >= 3;
}

/** Whether a fixed-width table starts at `index`: a header line, then table lines with gutters. */
export function startsFixedWidthTable(lines: string[], index: number): boolean {
  if (!isHeaderLine(lines[index] ?? '')) return false;
  let seen = 0;
  for (let i = index + 1; i < lines.length && i <= index + 8; i++) {
    const line = stripFeed(lines[i] ?? '');
    if (!line.trim()) continue;
    if (gaps(line) >= 1 || /^\s*\S{1,8}\s{2,}\S/.test(line)) seen++;
    if (seen >= 2) return true;
  }
  return false;
}

export interface Page {
  header: string[];
  body: { text: string; line: number }[];
}

/** The table's pages from `start`: the first page's header, then pages opening with the header again. */
export function tablePages(lines: string[], start: number): { pages: Page[]; next: number } {
  const pages: Page[] = [];
  let headerLines = 0;
  let at = start;
  let next = start;
  for (;;) {
    // This page: header lines, then body lines up to the next form feed.
    let end = at + 1;
    while (end < lines.length && !(lines[end] ?? '').includes('\f')) end++;
    const pageLines = lines.slice(at, end).map((text, k) => ({ text: stripFeed(text), line: at + k + 1 }));
    if (pages.length === 0) {
      // The header runs until the first line whose first column holds a row marker.
      headerLines = 1;
      while (
        headerLines < MAX_HEADER_LINES &&
        headerLines < pageLines.length &&
        !/^\s*\(?(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ])[.)]?\s/iu.test(pageLines[headerLines]?.text ?? '')
      )
        headerLines++;
    }
    const nonBlank = pageLines.filter((l) => l.text.trim());
    const header = nonBlank.slice(0, headerLines).map((l) => l.text);
    // The header row again inside the page (a copy of it where the source had a page break) is skipped too.
    const body: { text: string; line: number }[] = [];
    for (let k = headerLines; k < nonBlank.length; k++) {
      if (isHeaderLine(nonBlank[k]?.text ?? '')) k += headerLines - 1;
      else body.push(nonBlank[k] as { text: string; line: number });
    }
    while (body.length && PAGE_NUMBER.test(body.at(-1)?.text ?? '')) body.pop();
    pages.push({ header, body });
    next = end;
    // The next page goes on with the table when it opens with the header row again.
    let first = end;
    while (first < lines.length && isBlank(lines[first])) first++;
    if (first < lines.length && PAGE_NUMBER.test(stripFeed(lines[first] ?? ''))) {
      first++;
      while (first < lines.length && isBlank(lines[first])) first++;
    }
    if (first >= lines.length || !isHeaderLine(lines[first] ?? '')) break;
    at = first;
  }
  return { pages, next };
}

/** Set when a line had to be divided at a guessed word boundary (no gutter before a column). */
export interface Doubt {
  guessed: boolean;
  /** Per column, whether this line's division before it was guessed (set by cutLine). */
  at?: boolean[];
}

/** A page's columns: where each starts, and where the blank gutter before it begins. */
interface Columns {
  starts: number[];
  gutters: number[];
}

/**
 * Column starts: x positions where text begins after a gutter, blank just before in nearly every
 * body line (an area title running across is the exception), text crossing there in almost none,
 * and where lines start a word there, mostly after more than one space (words of a cell that
 * happen to line up are "Trong năm" apart, one space, not a gutter).
 */
export function columnStarts(texts: string[], share = 0.1, tightAllowed = false): Columns {
  const n = texts.length;
  const width = Math.max(0, ...texts.map((t) => t.length));
  const lefts = texts.map((t) => t.search(/\S/)).filter((x) => x >= 0);
  const first = lefts.length ? Math.min(...lefts) : 0;
  const tolerance = Math.max(1, Math.floor(n * share));
  const blank = new Array<number>(width + 1).fill(0);
  for (const t of texts) for (let x = 0; x <= width; x++) if ((t[x] ?? ' ') === ' ') blank[x]!++;
  const starts = [first];
  const gutters = [first];
  const edges = [0];
  let last: number | undefined;
  for (let x = first + 2; x < width; x++) {
    let edge = 0;
    let cross = 0;
    let tight = 0;
    for (const t of texts) {
      const before = t[x - 1] ?? ' ';
      const at = t[x] ?? ' ';
      if (before === ' ' && at !== ' ') {
        edge++;
        if ((t[x - 2] ?? ' ') !== ' ') tight++;
      }
      if (before !== ' ' && at !== ' ') cross++;
    }
    if (blank[x - 1]! < n - tolerance || cross > tolerance || edge < 2) continue;
    // Lines that start a word here one space after text: words of a cell lining up ("Trong năm"),
    // unless asked to accept a full column (then most lines must start there).
    if (tightAllowed ? edge < n * 0.3 : tight > edge / 2) continue;
    // Starts a few characters apart (pdftotext shifts some lines by one or two): one column, at
    // the one most lines start at; each line is cut at its own word start near it (cutLine).
    if (x - (last ?? -9) < 4) {
      last = x;
      if (edge <= (edges.at(-1) ?? 0) || starts.length === 1) continue;
      starts.pop();
      gutters.pop();
      edges.pop();
    }
    last = x;
    let gutter = x - 1;
    while (gutter - 1 > (starts.at(-1) ?? 0) && blank[gutter - 1]! >= n - tolerance) gutter--;
    starts.push(x);
    gutters.push(gutter);
    edges.push(edge);
  }
  return { starts, gutters };
}

const isSpace = (ch: string | undefined) => ch === undefined || ch === ' ';
const isWordStart = (text: string, k: number) => k > 0 && isSpace(text[k - 1]) && !isSpace(text[k]);

/**
 * Where `text` divides before column `c`, the previous cell starting at `from`: the start of a
 * word within a few characters of the column's start (pdftotext shifts lines a little) when the
 * text before it fits the column, else the last word start before which it fits (pdftotext
 * squeezes a crowded line, one space between cells, the later cells left of their column).
 */
function divide(
  text: string,
  columns: Columns,
  c: number,
  from: number,
  doubt?: Doubt,
  opens = true,
  hints: number[] = [],
): number {
  const at = wordBefore(text, columns, c, from, doubt, opens, hints);
  // A list dash pushed one space left of its cell ("vụ - Triển"): the cell starts at the dash.
  const start = columns.starts[c] ?? 0;
  if (at - 2 > from && at - 2 >= start - 6 && /^[-+•–] $/.test(text.slice(at - 2, at)) && isSpace(text[at - 3]))
    return at - 2;
  return at;
}

function wordBefore(
  text: string,
  columns: Columns,
  c: number,
  from: number,
  doubt?: Doubt,
  opens = true,
  hints: number[] = [],
): number {
  const start = columns.starts[c] ?? 0;
  // A cell's text stays a character short of the next column (the cell's padding).
  const width = start - (columns.starts[c - 1] ?? 0) - 1;
  const fits = (k: number) => text.slice(from, k).trimEnd().length <= width;
  const opensLeft = () => {
    for (let k = start; k >= Math.max(from + 1, start - 10); k--)
      if (isWordStart(text, k) && fits(k) && /^[\p{Lu}\d]/u.test(text.slice(k))) return k;
    return -1;
  };
  // Text after a real gap nearer this column's start than the previous one's: a cell of this
  // column shifted left ("các cơ quan," seven characters early), never cut at one of its spaces.
  const previous = columns.starts[c - 1] ?? 0;
  let shifted = -1;
  for (let k = start - 5; k > from + 1 && k > (previous + start) / 2; k--)
    if (isWordStart(text, k) && isSpace(text[k - 2])) shifted = k;
  if (isSpace(text[start - 1]) && isSpace(text[start])) {
    if (shifted >= 0) return shifted;
    // Blank at the column start: the next word after a gap of two spaces or more, if near.
    let k = start;
    while (k < text.length && k <= start + 4 && isSpace(text[k])) k++;
    const at = k <= start + 4 || k >= text.length ? k : start;
    // Text longer than its column: a squeezed line put the next cell one space after it
    // ("Xây dựng, ban hành Kế hoạch" in a 20-character column: the last two words are the next cell's).
    if (!fits(at)) {
      for (let j = at - 1; j > from + 1; j--)
        if (isWordStart(text, j) && fits(j)) {
          if (doubt) doubt.guessed = true;
          return j;
        }
    }
    return at;
  }
  // A word after a real gap (two spaces) near the start.
  let gap = -1;
  for (let k = start - 4; k <= start + 4; k++)
    if (
      k > from + 1 &&
      isWordStart(text, k) &&
      isSpace(text[k - 2]) &&
      (gap < 0 || Math.abs(k - start) < Math.abs(gap - start))
    )
      gap = k;
  if (gap >= 0) return gap;
  if (shifted >= 0) return shifted;
  // No gutter on this line before the column: where it divides is a guess at a word boundary.
  if (doubt) doubt.guessed = true;
  // A cell going on from the line above divides where the lines around it in the row divided
  // ("án tự chủ tài chính của cơ tài chính…" under "…phương  Thực hiện…": at "tài").
  if (!opens)
    for (const h of hints)
      if (h !== start && h > from && h >= start - 10 && h <= start + 4 && isWordStart(text, h) && fits(h)) return h;
  // One space only: the word start at the column start if the text before fits, else the last that fits.
  // (Where a cell opens, a small letter there is more likely its neighbour's last word:
  // "hướng dẫn Xác định nhiệm vụ", the cell being "Xác định…".)
  if (isWordStart(text, start) && fits(start) && !(opens && /^\p{Ll}/u.test(text.slice(start)) && opensLeft() >= 0))
    return start;
  // Squeezed: a cell starts a sentence (a capital or a figure) a few characters left of its column;
  // not where the cell goes on from the line above (there a capital is just a word: "qua Nền").
  if (opens && opensLeft() >= 0) return opensLeft();
  for (let k = start - 1; k >= start - 2; k--) if (isWordStart(text, k) && fits(k)) return k;
  if (isWordStart(text, start + 1) && fits(start + 1)) return start + 1;
  for (let k = Math.min(start, text.length); k > from; k--) if (isWordStart(text, k) && fits(k)) return k;
  return start;
}

/**
 * A line's cells: text per column, and how many columns each cell spans (0: inside a span).
 * `above`: which columns had text on the line above (a cell there goes on, it does not open).
 */
export function cutLine(
  text: string,
  columns: Columns,
  doubt?: Doubt,
  above?: boolean[],
  hints?: number[][],
): { parts: string[]; spans: number[]; cuts: number[] } {
  const n = columns.starts.length;
  const spans = columns.starts.map(() => 1);
  // An area title: a row marker, then one run of words (single spaces) over the next columns' starts.
  const runs: { index: number; text: string }[] = [...text.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
    index: m.index,
    text: m[0],
  }));
  // "III Cải cách …": pdftotext left one space only after the marker.
  const head = runs[0];
  const split = head && runs.length === 1 ? /^(\S+) (?=\S)/.exec(head.text) : null;
  if (head && split && ROW_MARKER.test(split[1] ?? '') && head.index < (columns.starts[1] ?? 0)) {
    runs.push({ index: head.index + split[0].length, text: head.text.slice(split[0].length) });
    runs[0] = { index: head.index, text: split[1] ?? '' };
  }
  const second = columns.starts[2] ?? Infinity;
  const marker = runs[0];
  const markerEnd = (marker?.index ?? 0) + (marker?.text.length ?? 0);
  if (n > 2 && runs.length === 2 && markerEnd < (columns.starts[1] ?? 0) && ROW_MARKER.test(marker?.text ?? '')) {
    const run = runs[1];
    const end = (run?.index ?? 0) + (run?.text.length ?? 0);
    if (end > second - 1) {
      let cover = 2;
      while (cover < n && end > (columns.starts[cover] ?? Infinity) + 1) cover++;
      for (let k = 2; k < cover; k++) spans[k] = 0;
      spans[1] = cover - 1;
      const parts = columns.starts.map(() => '');
      parts[0] = marker?.text ?? '';
      parts[1] = run?.text ?? '';
      return { parts, spans, cuts: [] };
    }
  }
  const cuts = [0];
  // A numbered line opens every cell; else a column with text on the line above goes on.
  const numbered = ROW_MARKER.test(
    runs[0] && runs[0].index < (columns.starts[1] ?? 0) ? (runs[0].text.split(' ')[0] ?? '') : '',
  );
  for (let c = 1; c < n; c++) {
    const opens = numbered || !above?.[c];
    const before = doubt?.guessed ?? false;
    if (doubt) doubt.guessed = false;
    cuts.push(Math.max(divide(text, columns, c, cuts[c - 1] ?? 0, doubt, opens, hints?.[c]), cuts[c - 1] ?? 0));
    if (doubt) {
      (doubt.at ??= [])[c] = doubt.guessed;
      doubt.guessed ||= before;
    }
  }
  return { parts: cuts.map((from, c) => text.slice(from, cuts[c + 1]).trim()), spans, cuts };
}

const isCapitals = (text: string) => /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * A cell's next printed line joined on: a new paragraph for a list item, nothing after a word
 * broken at its hyphen ("136/KH-" / "UBND"), else a space (a word wrapped without a hyphen in a
 * narrow cell also gets a space; comparisons normalise whitespace, so nothing is glued wrongly).
 */
const join = (cell: string, more: string) =>
  !cell
    ? more
    : LIST_START.test(more)
      ? `${cell}\n${more}`
      : /[\p{L}\d]-$/u.test(cell)
        ? `${cell}${more}`
        : `${cell} ${more}`;

interface Building {
  cells: string[];
  spans: number[];
  line: number;
}

/** Columns a cell may be merged down over several rows (w:vMerge): its text runs on below. */
const MERGEABLE = new Set(['number', 'objective', 'task']);

/** Where a header line's names start: runs of words one space apart, two or more spaces between. */
const headerStarts = (line: string) => [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => m.index);

/** Each page's columns: its own gutters, looser ones when they give another count than most pages, else a neighbour's. */
export function tableColumns(pages: Page[]): Columns[] {
  const found = pages.map((page) => columnStarts(page.body.map((l) => l.text)));
  // The usual column count; a page that finds another count tries looser gutters, then its neighbour's.
  // The table's column count: the most columns that a quarter of the pages (two at least) find;
  // a sparse column (a budget written on few rows) is missed on some pages.
  const counts = new Map<number, number>();
  for (const f of found) counts.set(f.starts.length, (counts.get(f.starts.length) ?? 0) + 1);
  const enough = Math.min(found.length, Math.max(2, Math.ceil(found.length / 4)));
  const often = [...counts.entries()].filter(([, n]) => n >= enough).map(([w]) => w);
  // Else the count found most often (the more columns on a tie).
  const width = often.length
    ? Math.max(...often)
    : ([...counts.entries()].sort((x, y) => y[1] - x[1] || y[0] - x[0])[0]?.[0] ?? 1);
  return found.map((f, p) => {
    if (f.starts.length === width) return f;
    const texts = pages[p]?.body.map((l) => l.text) ?? [];
    for (const [share, tight] of [
      [0.1, true],
      [0.15, false],
      [0.15, true],
      [0.2, false],
      [0.3, false],
    ] as const) {
      const retry = columnStarts(texts, share, tight);
      if (retry.starts.length === width) return retry;
    }
    // The page's own header row: its names start where their columns start, as cells do; taken
    // when it names every column and agrees with every gutter the body did show (a page whose
    // columns sit a few characters right of its neighbours' and a sparse column empty on it).
    const named = headerStarts(pages[p]?.header[0] ?? '');
    if (named.length === width && f.starts.every((x) => named.some((y) => Math.abs(x - y) <= 2)))
      return { starts: named, gutters: named.map((x, k) => (k === 0 ? x : x - 1)) };
    // The nearest page with the table's columns.
    for (let d = 1; d < found.length; d++) {
      for (const q of [p + d, p - d]) {
        const other = found[q];
        if (other?.starts.length !== width) continue;
        // Its own columns, and the neighbour's where it found none (a sparse column).
        const merged = other.starts.map((x, k) => {
          const own = f.starts.findIndex((y) => Math.abs(y - x) <= 4);
          return own >= 0
            ? { start: f.starts[own] ?? x, gutter: f.gutters[own] ?? x }
            : { start: x, gutter: other.gutters[k] ?? x };
        });
        const distinct = new Set(merged.map((m) => m.start)).size === merged.length;
        return distinct ? { starts: merged.map((m) => m.start), gutters: merged.map((m) => m.gutter) } : other;
      }
    }
    return f;
  });
}

/**
 * Per body line, per column, where the lines just above and below divided before that column:
 * first those divided at a gutter, then those guessed too (a row squeezed on several lines).
 */
function neighbourCuts(page: Page, columns: Columns): (k: number) => number[][] {
  let above: boolean[] = [];
  const lines = page.body.map(({ text }) => {
    const doubt: Doubt = { guessed: false };
    const { parts, cuts } = cutLine(text, columns, doubt, above);
    above = parts.map((part) => part.length > 0);
    return { cuts, guessed: doubt.at ?? [] };
  });
  return (k) =>
    columns.starts.map((_, c) => {
      const around = [lines[k - 1], lines[k + 1]].filter(
        (l): l is { cuts: number[]; guessed: boolean[] } => l !== undefined && l.cuts.length > c,
      );
      return [
        ...around.filter((l) => !l.guessed[c]).map((l) => l.cuts[c] as number),
        ...around.filter((l) => l.guessed[c]).map((l) => l.cuts[c] as number),
      ];
    });
}

/** Reads the fixed-width table whose header line is `start`; null when its columns are not an appendix's. */
export function readFixedWidthTable(
  lines: string[],
  start: number,
): { table: DocumentTable; next: number; warning: ImportWarning | null } | null {
  const { pages, next } = tablePages(lines, start);
  const pageColumns = tableColumns(pages);
  // Header cells: the page whose header names the most columns (pdftotext squeezes some headers).
  let headerCells: string[] = [];
  let headerKnown = -1;
  pages.forEach((page, p) => {
    const columns = pageColumns[p] as Columns;
    const cells = columns.starts.map(() => '');
    for (const text of page.header) {
      cutLine(text, columns).parts.forEach((part, c) => {
        if (part) cells[c] = cells[c] ? `${cells[c]} ${part}` : part;
      });
    }
    const known = detectColumns(cells)?.roles.filter((r) => r !== 'other').length ?? 0;
    if (known > headerKnown) {
      headerKnown = known;
      headerCells = cells;
    }
  });
  // Columns that do not give a header naming the appendix's columns (a header cell holding words
  // far apart is several columns the gutters did not separate): not read as a table here; the
  // text stays paragraphs, and the import says a table was seen but not read.
  const detected = headerCells.some((h) => /\S\s{3,}\S/.test(h)) ? null : detectColumns(headerCells);
  if (!detected) return null;
  const roles = detected.roles;
  const built: Building[] = [];
  let filledAbove: boolean[] = [];
  let partsAbove: string[] = [];
  /** The row each column's current block of text started in. */
  let owners: (Building | undefined)[] = [];
  let bodyLines = 0;
  let brokenDates = 0;
  /** Rows holding a line divided at a guessed word boundary, with how many such lines. */
  const doubtful = new Map<Building, number>();
  pages.forEach((page, p) => {
    const columns = pageColumns[p] as Columns;
    const hintsAt = neighbourCuts(page, columns);
    for (const [k, { text, line }] of page.body.entries()) {
      const doubt: Doubt = { guessed: false };
      const { parts, spans } = cutLine(text, columns, doubt, filledAbove, hintsAt(k));
      bodyLines++;
      const filled = parts.map(() => false);
      parts.forEach((part, c) => {
        if (part) for (let k = c; k < c + (spans[c] ?? 1); k++) filled[k] = true;
      });
      const numbered = filled[0] === true;
      // A column with text again after an empty line, or ordinary text under a title in capitals
      // ("CHỈ SỐ HÀI LÒNG (SIPAS)", then "Các cơ quan…"): a new row.
      const freshAt = filled.map(
        (f, c) =>
          f &&
          (!filledAbove[c] ||
            (MERGEABLE.has(roles[c] ?? '') &&
              isCapitals(partsAbove[c] ?? '') &&
              /\s/.test(partsAbove[c] ?? '') &&
              /\p{Ll}/u.test(parts[c] ?? ''))),
      );
      // One column alone starting again is weak (a squeezed line above may have lent its text to
      // a neighbour); a new row starts several cells at once, unless it has one cell only.
      const freshCount = freshAt.filter(Boolean).length;
      const fresh = freshCount >= 2 || (freshCount === 1 && filled.filter(Boolean).length === 1);
      if (built.length === 0 || numbered || fresh) {
        const row: Building = { cells: parts.map(() => ''), spans, line };
        built.push(row);
        owners = parts.map((_, c) =>
          // A merged cell's text from the row above runs on beside a row without a number.
          // (a new cell there starts a sentence: a capital, then a small letter).
          !numbered &&
          filled[c] &&
          filledAbove[c] &&
          MERGEABLE.has(roles[c] ?? '') &&
          !/^(?:\p{Lu}\p{Ll}|\d)/u.test(parts[c] ?? '') &&
          !isCapitals(partsAbove[c] ?? '')
            ? owners[c]
            : row,
        );
      }
      parts.forEach((part, c) => {
        if (!part) return;
        const row = owners[c] ?? (built.at(-1) as Building);
        // Text below a spanning cell belongs to that cell.
        let at = c;
        while (at > 0 && row.spans[at] === 0) at--;
        row.cells[at] = join(row.cells[at] ?? '', part);
      });
      // A date cut inside its year ("31/12/20", then "25"): columns narrower than their words.
      const cutDate = parts.some((part) => BROKEN_DATE.test(part));
      if (cutDate) brokenDates++;
      if (doubt.guessed || cutDate) {
        const row = built.at(-1) as Building;
        doubtful.set(row, (doubtful.get(row) ?? 0) + (doubt.guessed ? 1 : 0));
      }
      filledAbove = filled;
      partsAbove = parts;
    }
  });
  const rows: DocumentRow[] = [
    { cells: headerCells.map((h) => makeCell(h)), header: true, breakBefore: false, line: start + 1 },
    ...built.map((row) => ({
      cells: row.cells.flatMap((text, c) =>
        row.spans[c] === 0 ? [] : [makeCell(text, { colSpan: row.spans[c] ?? 1 })],
      ),
      header: false,
      breakBefore: false,
      line: row.line,
    })),
  ];
  return { table: { kind: 'table', rows }, next, warning: doubtWarning(start, bodyLines, doubtful, brokenDates) };
}

/**
 * Above this share of body lines divided at a guessed word boundary, the table is not trusted as
 * read: the portrait PDF's nine narrow columns, one space apart, come out in wrong rows (80 and 89
 * activities for 75 and 73) with 4.0–7.5% of lines guessed, while the landscape PDFs of the same
 * plans guess 1.6–3.2%. Columns so narrow that dates break inside their year ("25/12/20" / "24",
 * 12 and 23 times in two portrait PDFs, never in the landscape ones) are doubtful whatever the share.
 */
export const DOUBTFUL_SHARE = 0.05;

/** A cell's line ending in a date whose year goes on below. */
const BROKEN_DATE = /(?:^|\D)\d{1,2}\/\d{1,2}\/\d{1,3}$/;
/** Broken dates that make a table doubtful (one could be a typo in the source). */
const BROKEN_DATES_DOUBTFUL = 2;

/** The plan warning for a table read with too many guesses, naming where its doubtful rows start. */
function doubtWarning(
  start: number,
  bodyLines: number,
  doubtful: Map<Building, number>,
  brokenDates: number,
): ImportWarning | null {
  const guessed = [...doubtful.values()].reduce((sum, n) => sum + n, 0);
  if (!bodyLines || (guessed / bodyLines <= DOUBTFUL_SHARE && brokenDates < BROKEN_DATES_DOUBTFUL)) return null;
  const lines = [...doubtful.keys()].map((row) => row.line);
  const listed = lines.slice(0, 30).join(', ') + (lines.length > 30 ? `, … (${lines.length} dòng)` : '');
  return {
    code: 'table_doubtful',
    message: `Bảng phụ lục ở dòng ${start + 1} được in thành các cột sát nhau: ${guessed}/${bodyLines} dòng chữ không có khoảng trống giữa các cột nên chỗ tách cột là phỏng đoán${brokenDates ? `, ${brokenDates} ngày tháng bị ngắt giữa hai dòng vì cột quá hẹp` : ''}, các nhiệm vụ đọc được có thể bị tách, gộp hoặc lệch cột. Cần đối chiếu với văn bản gốc các hàng bắt đầu ở dòng ${listed}; nếu được, hãy tải lên bản Word (.docx) hoặc PDF.`,
  };
}
