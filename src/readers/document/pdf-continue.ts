/**
 * A table running over several pages becomes one table again. On each later page the repeated
 * header rows are dropped; then the first row, when its number cell is empty, is put back
 * together with the last row of the page before:
 * - a row cut by the page break (its later columns empty where the row above had text, every
 *   piece starting in lower case, or its pieces carrying on the text above them as plan assembly
 *   judges it for text exports: some clearly do, no more that cannot tell, none starts afresh)
 *   is joined to the row above, piece by piece;
 * - a merged cell (objective, task, number) running on over the page has its text joined to
 *   where it started and continues as a merged cell.
 * What stays unsure is left to plan assembly, marked as following a page break.
 */
import { makeCell, type DocumentCell, type DocumentRow } from '../../domain/plan/document.js';
import { pieceVote } from '../../domain/plan/text.js';
import type { PdfTable, PlacedCell } from './pdf-tables.js';

export interface OpenTable {
  table: PdfTable;
  rows: DocumentRow[];
  /** The first rows as printed, to recognise them repeated on later pages. */
  header: string[];
  lastRow: PdfTable['lastRow'];
}

const rowText = (cells: PlacedCell[]) => cells.map((c) => c.cell.text.replace(/\s+/g, ' ').trim()).join('\t');

const documentRow = (cells: PlacedCell[], breakBefore = false): DocumentRow => ({
  cells: cells.map((c) => c.cell),
  header: false,
  breakBefore,
  line: null,
});

export function startTable(table: PdfTable): OpenTable {
  return {
    table,
    rows: table.rows.map((cells) => documentRow(cells)),
    header: table.rows.slice(0, 3).map(rowText),
    lastRow: table.lastRow,
  };
}

export const sameColumns = (a: PdfTable, b: PdfTable) =>
  a.columns.length === b.columns.length && a.columns.every((x, i) => Math.abs(x - (b.columns[i] as number)) <= 3);

const joinPiece = (above: string, piece: string) =>
  !above ? piece : !piece ? above : `${above}${/^[-+•–]/.test(piece) ? '\n' : ' '}${piece}`;

const startsLower = (text: string) => /^[\p{Ll}]/u.test(text.trim());

/** A piece carrying on the text above: in lower case, or an abbreviation ("TTHC", "UBND") after an unfinished sentence. */
const continues = (piece: string, above: string) =>
  !!above.trim() && (startsLower(piece) || (/^[\p{Lu}\d]{2,}\b/u.test(piece.trim()) && !/[.;:!?]$/.test(above.trim())));

/** The merged cell that continues `cell` on the next row. */
const carried = (cell: DocumentCell, rowSpan: number) =>
  makeCell('', { colSpan: cell.colSpan, rowSpan, mergedAbove: true, bold: cell.bold });

export function continueTable(open: OpenTable, next: PdfTable): void {
  const rows = next.rows.map((cells) => [...cells]);
  let skip = 0;
  while (skip < rows.length && skip < open.header.length && rowText(rows[skip] as PlacedCell[]) === open.header[skip])
    skip++;
  const body = rows.slice(skip);
  const lastRow = [...next.lastRow];
  const first = body[0];
  const numberCell = first?.find((c) => c.left === 0);
  let breakBefore = !!first;
  if (first && numberCell && !numberCell.cell.text.trim()) {
    const pieces = first.filter((c) => c.left > 0);
    const above = (c: PlacedCell) => open.lastRow[c.left] ?? null;
    const filled = pieces.filter((c) => c.cell.text.trim());
    const holes = pieces.filter((c) => c.cell.rowSpan === 1 && !c.cell.text.trim() && above(c)?.cell.text.trim());
    const votes = filled.map((c) => pieceVote(c.cell.text.trim(), above(c)?.cell.text.trim() ?? ''));
    const carriedOn = votes.filter((v) => v === 'continues').length;
    const cut =
      filled.length > 0 &&
      (holes.length >= filled.length ||
        filled.every((c) => continues(c.cell.text, above(c)?.cell.text ?? '')) ||
        (!votes.includes('new') && carriedOn > 0 && carriedOn >= votes.length - carriedOn));
    const moveUp = (c: PlacedCell) => {
      const target = above(c);
      if (!target) return false;
      target.cell.text = joinPiece(target.cell.text, c.cell.text);
      target.cell.footnotes.push(...c.cell.footnotes);
      return true;
    };
    const replaceOwner = (from: DocumentCell, to: PlacedCell) => {
      lastRow.forEach((owner, i) => {
        if (owner?.cell === from) lastRow[i] = { cell: to.cell, rowSpan: 2 };
      });
    };
    if (cut) {
      // The first row is the rest of the row above: its pieces go up, its taller cells run on below.
      for (const c of first) {
        if (c.left > 0) moveUp(c);
        const target = above(c);
        if (c.cell.rowSpan > 1) {
          const rest: PlacedCell = { cell: carried(c.cell, c.cell.rowSpan - 1), left: c.left };
          const below = body[1] ?? [];
          below.splice(below.filter((b) => b.left < c.left).length, 0, rest);
          body[1] = below;
          if (target) replaceOwner(c.cell, { cell: target.cell, left: c.left });
        } else if (target) replaceOwner(c.cell, { cell: target.cell, left: c.left });
      }
      body.shift();
      breakBefore = false;
    } else {
      // Merged cells running on from the page before; the row itself is a new one.
      let merged = false;
      for (const [i, c] of first.entries()) {
        const target = above(c);
        if (!target) continue;
        const running = target.rowSpan > 1 || (c.left > 0 && startsLower(c.cell.text));
        if (!running || (c.left === 0 && target.rowSpan <= 1)) continue;
        if (c.left > 0) moveUp(c);
        first[i] = { cell: carried(c.cell, c.cell.rowSpan), left: c.left };
        replaceOwner(c.cell, { cell: target.cell, left: c.left });
        merged = true;
      }
      breakBefore = !merged || filled.some((c) => startsLower(c.cell.text));
    }
  } else if (numberCell?.cell.text.trim()) breakBefore = false;
  body.forEach((cells, i) => open.rows.push(documentRow(cells, i === 0 && breakBefore)));
  open.table = next;
  if (body.length) open.lastRow = lastRow.map((owner, i) => owner ?? open.lastRow[i] ?? null);
}
