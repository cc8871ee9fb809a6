/**
 * Builds a real Word document from a plan read out of a text export, the way a province's
 * officer would have it: the appendix as one Word table whose objective/task/number cells are
 * merged down over their activities (w:vMerge), area titles spanning the row (w:gridSpan), a
 * header row marked to repeat on every page (w:tblHeader) plus literal copies of it where the
 * export had page breaks, lists as separate paragraphs, bold runs and real footnotes.
 */
import {
  Document,
  FootnoteReferenceRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  PageOrientation,
  TableLayoutType,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { findAppendix, type LogicalRow } from '../../src/domain/plan/appendix.js';
import type { DocumentTable, PlanDocument } from '../../src/domain/plan/document.js';
import { classifyRow, numberingStyle } from '../../src/domain/plan/rows.js';

function paragraphs(text: string, bold: boolean, footnotes: number[] = []): Paragraph[] {
  const lines = text.split('\n');
  return lines.map(
    (line, i) =>
      new Paragraph({
        children: [
          new TextRun({ text: line, bold }),
          ...(i === lines.length - 1 ? footnotes.map((n): ParagraphChild => new FootnoteReferenceRun(n)) : []),
        ],
      }),
  );
}

/** Options for how the document is laid out; the default is one portrait section, Word's automatic widths. */
export interface DocxLayout {
  /**
   * Lay the appendix out as provincial plans print it: in its own landscape section (A4, page
   * size swapped) with fixed column widths sized to what the columns hold (STT narrow, the
   * activity wide, the lead unit medium…), written as w:tblGrid/w:gridCol and w:tcW.
   */
  landscapeAppendix?: boolean;
}

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
const LANDSCAPE_TEXT_WIDTH = A4.height - 2 * MARGIN;
const CHAR_TWIPS = 110; // an average character of the default 11–12 pt font
const CELL_PADDING = 260;
const MAX_WORD = 16;

/**
 * Column widths in twips that add up to `total`: each column first gets room for its longest
 * word (so no word is broken inside a cell), the rest is shared in proportion to the columns'
 * average text length.
 */
export function contentWidths(columns: string[][], total: number): number[] {
  const words = columns.map((texts) =>
    Math.min(MAX_WORD, Math.max(1, ...texts.flatMap((t) => t.split(/\s+/).map((w) => [...w].length)))),
  );
  const minimum = words.map((w) => w * CHAR_TWIPS + CELL_PADDING);
  const spare = Math.max(0, total - minimum.reduce((a, b) => a + b, 0));
  const means = columns.map((texts) => {
    const filled = texts.filter((t) => t.trim());
    return filled.length ? filled.reduce((a, t) => a + t.length, 0) / filled.length : 1;
  });
  const weight = means.reduce((a, b) => a + b, 0) || 1;
  const widths = minimum.map((m, i) => Math.floor(m + (spare * (means[i] ?? 0)) / weight));
  const last = widths.length - 1;
  if (last >= 0) widths[last] = (widths[last] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const cell = (text: string, bold: boolean, init: { rowSpan?: number; columnSpan?: number } = {}, width?: number) =>
  new TableCell({
    children: paragraphs(text, bold),
    ...init,
    ...(width ? { width: { size: width, type: WidthType.DXA } } : {}),
  });

function plainTable(table: DocumentTable): Table {
  return new Table({
    rows: table.rows.map(
      (row) => new TableRow({ tableHeader: row.header, children: row.cells.map((c) => cell(c.text, c.bold)) }),
    ),
  });
}

function appendixTable(headers: string[], rows: LogicalRow[], document: PlanDocument, layout: DocxLayout = {}): Table {
  const appendix = findAppendix(document.blocks);
  if (!appendix) throw new Error('no appendix');
  const roles = appendix.columns.roles;
  const width = roles.length;
  const style = numberingStyle(appendix);
  const kinds = rows.map((row, i) => classifyRow(row, roles, style, i + 1).kind);
  const mergeable = new Set(
    roles.flatMap((role, i) => (role === 'number' || role === 'objective' || role === 'task' ? [i] : [])),
  );
  const numberCol = roles.indexOf('number');
  // How many rows below each cell are its merged continuation.
  const spans = rows.map(() => new Map<number, number>());
  const covered = rows.map(() => new Set<number>());
  rows.forEach((row, r) => {
    if (kinds[r] === 'area') return;
    for (const col of mergeable) {
      if (covered[r]?.has(col) || !row.cells[col]?.text.trim()) continue;
      let below = r + 1;
      while (
        below < rows.length &&
        kinds[below] === 'item' &&
        !rows[below]?.cells[numberCol]?.text.trim() &&
        !rows[below]?.cells[col]?.text.trim() &&
        !rows[below]?.breakBefore
      ) {
        covered[below]?.add(col);
        below++;
      }
      if (below - r > 1) spans[r]?.set(col, below - r);
    }
  });
  const widths = layout.landscapeAppendix
    ? contentWidths(
        roles.map((_, col) => [
          headers[col] ?? '',
          ...rows.flatMap((row, r) => (kinds[r] === 'area' ? [] : [row.cells[col]?.text ?? ''])),
        ]),
        LANDSCAPE_TEXT_WIDTH,
      )
    : null;
  /** The width of `span` columns from `col`, when widths are fixed. */
  const w = (col: number, span = 1) => (widths ? widths.slice(col, col + span).reduce((a, b) => a + b, 0) : undefined);
  const header = (repeat: boolean) =>
    new TableRow({ tableHeader: !repeat, children: headers.map((h, col) => cell(h, true, {}, w(col))) });
  const out: TableRow[] = [header(false)];
  rows.forEach((row, r) => {
    if (row.breakBefore && r > 0) out.push(header(true));
    const filled = row.cells.map((c) => c.text.trim()).filter(Boolean).length;
    if (kinds[r] === 'area' && filled <= 2) {
      const first = row.cells[0]?.text ?? '';
      const rest = row.cells
        .slice(1)
        .map((c) => c.text)
        .filter(Boolean)
        .join(' ');
      const bold = row.cells.some((c) => c.bold);
      const children = rest
        ? [cell(first, bold, {}, w(0)), cell(rest, bold, { columnSpan: width - 1 }, w(1, width - 1))]
        : [cell(first, bold, { columnSpan: width }, w(0, width))];
      out.push(new TableRow({ children }));
      return;
    }
    const children: TableCell[] = [];
    row.cells.forEach((c, col) => {
      if (covered[r]?.has(col)) return;
      children.push(cell(c.text, c.bold, { rowSpan: spans[r]?.get(col) }, w(col)));
    });
    out.push(new TableRow({ children }));
  });
  if (!widths) return new Table({ rows: out });
  return new Table({
    rows: out,
    columnWidths: widths,
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
}

export async function docxFromDocument(document: PlanDocument, layout: DocxLayout = {}): Promise<Uint8Array> {
  const appendix = findAppendix(document.blocks);
  const firstAppendixBlock = appendix?.blockIndexes[0];
  const footnoteIds = new Map<string, number>();
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const [marker, text] of Object.entries(document.footnotes)) {
    const id = footnoteIds.size + 1;
    footnoteIds.set(marker, id);
    footnotes[String(id)] = { children: paragraphs(text, false) };
  }
  let children: (Paragraph | Table)[] = [];
  const sections: ISectionOptions[] = [];
  const page = (orientation: 'portrait' | 'landscape'): ISectionOptions['properties'] => ({
    page: {
      size: {
        ...A4,
        orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
    },
  });
  // The landscape section opens at the appendix's title ("PHỤ LỤC …") when one stands just above it.
  let landscapeFrom = firstAppendixBlock ?? -1;
  for (let i = landscapeFrom - 1; layout.landscapeAppendix && i >= 0 && i >= landscapeFrom - 4; i--) {
    const block = document.blocks[i];
    if (block?.kind !== 'paragraph') break;
    if (/^\s*ph[ụu]\s*l[ụu]c\b/iu.test(block.text)) {
      landscapeFrom = i;
      break;
    }
  }
  document.blocks.forEach((block, index) => {
    if (layout.landscapeAppendix && index === landscapeFrom && index !== firstAppendixBlock && children.length) {
      sections.push({ properties: page('portrait'), children });
      children = [];
    }
    if (block.kind === 'paragraph') {
      if (block.footnoteDefinition) return;
      const ids = block.footnotes.map((m) => footnoteIds.get(m)).filter((n): n is number => n !== undefined);
      children.push(...paragraphs(block.text, block.bold, ids));
    } else if (appendix && index === firstAppendixBlock) {
      const table = appendixTable(appendix.columns.headers, appendix.rows, document, layout);
      if (!layout.landscapeAppendix) {
        children.push(table);
        return;
      }
      // The text so far in a portrait section (unless it is the appendix's title), the appendix in a
      // landscape one of its own, ended by a paragraph as Word ends a section after a table.
      const title = landscapeFrom === index ? [] : children;
      if (landscapeFrom === index && children.length) sections.push({ properties: page('portrait'), children });
      sections.push({ properties: page('landscape'), children: [...title, table, new Paragraph({})] });
      children = [];
    } else if (!appendix?.blockIndexes.includes(index)) {
      children.push(plainTable(block));
    }
  });
  if (!layout.landscapeAppendix) sections.push({ children });
  else if (children.length) sections.push({ properties: page('portrait'), children });
  const doc = new Document({ sections, footnotes });
  return new Uint8Array(await Packer.toBuffer(doc));
}
