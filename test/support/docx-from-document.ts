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

const cell = (text: string, bold: boolean, init: { rowSpan?: number; columnSpan?: number } = {}) =>
  new TableCell({ children: paragraphs(text, bold), ...init });

function plainTable(table: DocumentTable): Table {
  return new Table({
    rows: table.rows.map(
      (row) => new TableRow({ tableHeader: row.header, children: row.cells.map((c) => cell(c.text, c.bold)) }),
    ),
  });
}

function appendixTable(headers: string[], rows: LogicalRow[], document: PlanDocument): Table {
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
  const header = (repeat: boolean) =>
    new TableRow({ tableHeader: !repeat, children: headers.map((h) => cell(h, true)) });
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
        ? [cell(first, bold), cell(rest, bold, { columnSpan: width - 1 })]
        : [cell(first, bold, { columnSpan: width })];
      out.push(new TableRow({ children }));
      return;
    }
    const children: TableCell[] = [];
    row.cells.forEach((c, col) => {
      if (covered[r]?.has(col)) return;
      children.push(new TableCell({ children: paragraphs(c.text, c.bold), rowSpan: spans[r]?.get(col) }));
    });
    out.push(new TableRow({ children }));
  });
  return new Table({ rows: out });
}

export async function docxFromDocument(document: PlanDocument): Promise<Uint8Array> {
  const appendix = findAppendix(document.blocks);
  const firstAppendixBlock = appendix?.blockIndexes[0];
  const footnoteIds = new Map<string, number>();
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const [marker, text] of Object.entries(document.footnotes)) {
    const id = footnoteIds.size + 1;
    footnoteIds.set(marker, id);
    footnotes[String(id)] = { children: paragraphs(text, false) };
  }
  const children: (Paragraph | Table)[] = [];
  document.blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') {
      if (block.footnoteDefinition) return;
      const ids = block.footnotes.map((m) => footnoteIds.get(m)).filter((n): n is number => n !== undefined);
      children.push(...paragraphs(block.text, block.bold, ids));
    } else if (appendix && index === firstAppendixBlock) {
      children.push(appendixTable(appendix.columns.headers, appendix.rows, document));
    } else if (!appendix?.blockIndexes.includes(index)) {
      children.push(plainTable(block));
    }
  });
  const doc = new Document({ sections: [{ children }], footnotes });
  return new Uint8Array(await Packer.toBuffer(doc));
}
