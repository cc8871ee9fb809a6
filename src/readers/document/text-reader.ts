/**
 * Plain-text and Markdown exports → document model. Tables arrive as tab-separated lines
 * (as copied out of Word or a portal) or Markdown pipe tables; a blank gap between table lines
 * is where a page break fell. A cell may hold a raw line break: either the cell is quoted
 * ("…\n…", as spreadsheet exports write it) or the row simply goes on on the next line, which
 * we see because the row is short of columns.
 */
import {
  makeCell,
  makeParagraph,
  type DocumentBlock,
  type DocumentParagraph,
  type DocumentRow,
  type DocumentTable,
  type PlanDocument,
} from '../../domain/plan/document.js';
import type { ImportWarning } from '../../domain/plan/types.js';
import { readHtmlDocument } from './html-reader.js';
import { inlineToText } from './inline.js';
import { cellPerLineHeader, readCellPerLineTable } from './text-layouts/cell-per-line.js';
import { readFixedWidthTable, startsFixedWidthTable } from './text-layouts/fixed-width.js';
import { endsParagraph, paragraphLayout } from './text-layouts/paragraph-lines.js';
import {
  readGridTable,
  readMultilineTable,
  startsGridTable,
  startsMultilineTable,
  toDocumentTable,
} from './text-layouts/ruled-tables.js';

const MAX_QUOTED_LINES = 40;
const LIST_MARKER = /^\s*\\?(?:[-+•–]\s|\d+[.)]\s|[a-zđ]\)\s)/i;
const RULE_LINE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

const isBlank = (line: string) => line.trim().length === 0;
const isTabLine = (line: string) => line.includes('\t') && !isBlank(line);
const isPipeLine = (line: string) => /^\s*\|.*\|\s*$/.test(line);

interface TsvRecord {
  fields: string[];
  next: number;
}

/** One tab-separated record starting at `start`; quoted fields may run over several lines. */
function readTsvRecord(lines: string[], start: number): TsvRecord {
  const fields: string[] = [];
  let index = start;
  let line = lines[index] ?? '';
  let pos = 0;
  for (;;) {
    const quoted = line[pos] === '"' ? readQuoted(lines, index, pos + 1) : null;
    if (quoted) {
      fields.push(quoted.value);
      index = quoted.index;
      line = lines[index] ?? '';
      pos = quoted.pos;
    } else {
      const tab = line.indexOf('\t', pos);
      fields.push(tab < 0 ? line.slice(pos) : line.slice(pos, tab));
      pos = tab < 0 ? line.length : tab;
    }
    if (pos >= line.length) break;
    pos += 1; // skip the tab
  }
  return { fields, next: index + 1 };
}

/** A quoted field ends at a quote followed by a tab or the end of a line; otherwise it is not quoted. */
function readQuoted(lines: string[], index: number, pos: number): { value: string; index: number; pos: number } | null {
  let value = '';
  for (let i = index; i < lines.length && i < index + MAX_QUOTED_LINES; i++) {
    const line = lines[i] ?? '';
    let p = i === index ? pos : 0;
    while (p < line.length) {
      const quote = line.indexOf('"', p);
      if (quote < 0) break;
      if (line[quote + 1] === '"') {
        value += line.slice(p, quote + 1);
        p = quote + 2;
        continue;
      }
      if (quote + 1 === line.length || line[quote + 1] === '\t') {
        return { value: value + line.slice(p, quote), index: i, pos: quote + 1 };
      }
      return null; // a quote inside ordinary text: the field was not quoted after all
    }
    value += line.slice(p) + '\n';
  }
  return null;
}

function toRow(fields: string[], line: number, breakBefore: boolean, header = false): DocumentRow {
  return {
    cells: fields.map((raw) => {
      const inline = inlineToText(raw, { markdown: true });
      return makeCell(inline.text, { bold: inline.bold, footnotes: inline.footnotes });
    }),
    header,
    breakBefore,
    line,
  };
}

/** Tab-separated region: rows until a line that is neither a table line nor a gap before one. */
function readTsvTable(lines: string[], start: number): { table: DocumentTable; next: number } {
  const rows: DocumentRow[] = [];
  let expected = 0;
  let index = start;
  let gap = false;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (isBlank(line)) {
      let after = index;
      while (after < lines.length && isBlank(lines[after] ?? '')) after++;
      if (after < lines.length && isTabLine(lines[after] ?? '')) {
        gap = true;
        index = after;
        continue;
      }
      break;
    }
    if (!isTabLine(line)) break;
    const first = index;
    let record = readTsvRecord(lines, index);
    // A row short of columns goes on on the next line (a raw line break inside a cell).
    while (expected > 0 && record.fields.length < expected && record.next < lines.length) {
      const nextLine = lines[record.next] ?? '';
      if (isBlank(nextLine)) break;
      const more = readTsvRecord(lines, record.next);
      if (record.fields.length + more.fields.length - 1 > expected) break;
      const last = record.fields.pop() ?? '';
      const [head = '', ...rest] = more.fields;
      record = { fields: [...record.fields, `${last}\n${head}`, ...rest], next: more.next };
    }
    expected = Math.max(expected, record.fields.length);
    rows.push(toRow(record.fields, first + 1, gap));
    gap = false;
    index = record.next;
  }
  return { table: { kind: 'table', rows }, next: index };
}

function splitPipeRow(line: string): string[] {
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.replace(/\\\|/g, '|').trim());
  return cells;
}

function readPipeTable(lines: string[], start: number): { table: DocumentTable; next: number } {
  const rows: DocumentRow[] = [];
  let index = start;
  while (index < lines.length && (isPipeLine(lines[index] ?? '') || PIPE_SEPARATOR.test(lines[index] ?? ''))) {
    const line = lines[index] ?? '';
    if (PIPE_SEPARATOR.test(line)) {
      const last = rows.at(-1);
      if (last) last.header = true;
    } else {
      rows.push(toRow(splitPipeRow(line), index + 1, false));
    }
    index++;
  }
  return { table: { kind: 'table', rows }, next: index };
}

function startsPipeTable(lines: string[], index: number): boolean {
  const next = lines[index + 1] ?? '';
  return isPipeLine(lines[index] ?? '') && (isPipeLine(next) || PIPE_SEPARATOR.test(next));
}

const FOOTNOTE_DEFINITION = /^\s*<sup>\s*([\d*a-z]{1,3})\s*<\/sup>\s*/i;

function toParagraph(rawLines: string[], line: number): DocumentParagraph | null {
  let first = rawLines[0] ?? '';
  let headingLevel = 0;
  const heading = /^\s*(#{1,6})\s+/.exec(first);
  if (heading) {
    headingLevel = heading[1]?.length ?? 0;
    first = first.slice(heading[0].length);
  }
  const definition = FOOTNOTE_DEFINITION.exec(first);
  if (definition) first = first.slice(definition[0].length);
  // A line ending in two spaces is a Markdown hard break; other line ends are soft.
  const joined = [first, ...rawLines.slice(1)]
    .map((l, i, all) => (i < all.length - 1 && /\s{2,}$/.test(l) ? `${l.trimEnd()}\n` : `${l} `))
    .join('');
  const inline = inlineToText(joined, { markdown: true });
  if (!inline.text) return null;
  return makeParagraph(inline.text, {
    bold: inline.bold,
    headingLevel,
    listItem: LIST_MARKER.test(first),
    footnotes: inline.footnotes,
    footnoteDefinition: definition ? (definition[1] ?? null) : null,
    line,
  });
}

/** The line after the </table> closing the HTML table opened at `start` (nested tables counted). */
function htmlTableEnd(lines: string[], start: number): number {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    depth += (line.match(/<table\b/gi) ?? []).length - (line.match(/<\/table>/gi) ?? []).length;
    if (depth <= 0) return i + 1;
  }
  return lines.length;
}

/** Reads a text export; what the reader doubts (a fixed-width table cut by guesses) goes to `warnings`. */
export function readTextDocument(source: string, warnings: ImportWarning[] = []): PlanDocument {
  const lines = source
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const layout = paragraphLayout(lines);
  const blocks: DocumentBlock[] = [];
  const footnotes: Record<string, string> = {};
  let pending: string[] = [];
  let pendingLine = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const paragraph = toParagraph(pending, pendingLine);
    if (paragraph) {
      blocks.push(paragraph);
      if (paragraph.footnoteDefinition) footnotes[paragraph.footnoteDefinition] = paragraph.text;
    }
    pending = [];
  };
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (startsGridTable(lines, index) || startsMultilineTable(lines, index)) {
      flush();
      const read = startsGridTable(lines, index) ? readGridTable(lines, index) : readMultilineTable(lines, index);
      blocks.push(toDocumentTable(read, toRow));
      index = read.next;
      continue;
    }
    if (isBlank(line) || RULE_LINE.test(line)) {
      flush();
      index++;
      continue;
    }
    if (/^\s*<table\b/i.test(line)) {
      // A table Markdown cannot draw (merged cells), written as HTML inside it, as pandoc does.
      flush();
      const end = htmlTableEnd(lines, index);
      blocks.push(...readHtmlDocument(lines.slice(index, end).join('\n')).blocks);
      index = end;
      continue;
    }
    const cellsWide = isTabLine(line) ? 0 : cellPerLineHeader(lines, index);
    if (cellsWide > 0) {
      flush();
      const read = readCellPerLineTable(lines, index, cellsWide);
      blocks.push(read.table);
      index = read.next;
      continue;
    }
    const fixed = !isTabLine(line) && startsFixedWidthTable(lines, index) ? readFixedWidthTable(lines, index) : null;
    if (fixed) {
      flush();
      blocks.push(fixed.table);
      if (fixed.warning) warnings.push(fixed.warning);
      index = fixed.next;
      continue;
    }
    if (isTabLine(line) || startsPipeTable(lines, index)) {
      flush();
      const read = isTabLine(line) ? readTsvTable(lines, index) : readPipeTable(lines, index);
      blocks.push(read.table);
      index = read.next;
      continue;
    }
    if (pending.length > 0 && (LIST_MARKER.test(line) || /^\s*#/.test(line) || FOOTNOTE_DEFINITION.test(line))) flush();
    if (pending.length === 0) pendingLine = index + 1;
    pending.push(line);
    if (/^\s*#/.test(line) || endsParagraph(layout, line)) flush();
    index++;
  }
  flush();
  return { blocks, footnotes };
}
