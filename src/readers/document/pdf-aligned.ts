/**
 * Tables printed without ruling lines, found from how their words line up: lines cut by wide gaps
 * into pieces that start at the same few x positions, line after line, are a table; those x
 * positions are its columns. A row starts where a column that was empty on the line above has
 * text again (cells are top-aligned, so within a row a column's text runs on without a gap).
 * No merged cells are seen here: a cell printed once for several rows is read as that row's.
 */
import { makeCell } from '../../domain/plan/document.js';
import { linesOf, paragraphsOf, type PdfLine } from './pdf-lines.js';
import type { PdfWord } from './pdf-page.js';
import type { PdfTable, PlacedCell } from './pdf-tables.js';

/** A gap between words this much wider than the font size separates two cells. */
const CELL_GAP = 0.9;

interface Segment {
  x: number;
  words: PdfWord[];
}

function segmentsOf(line: PdfLine): Segment[] {
  const out: Segment[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const word of line.words) {
    const last = out.at(-1);
    if (last && word.x - end <= word.size * CELL_GAP) last.words.push(word);
    else out.push({ x: word.x, words: [word] });
    end = word.x + word.width;
  }
  return out;
}

function clusterStarts(xs: number[], tolerance: number): { x: number; count: number }[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: { x: number; count: number; sum: number }[] = [];
  for (const x of sorted) {
    const last = out.at(-1);
    if (last && x - last.sum / last.count <= tolerance) {
      last.count++;
      last.sum += x;
    } else out.push({ x, count: 1, sum: x });
  }
  return out.map((c) => ({ x: c.sum / c.count, count: c.count }));
}

function buildAligned(lines: PdfLine[]): PdfTable | null {
  const size = Math.max(...lines.map((l) => l.size));
  const starts = clusterStarts(
    lines.flatMap((l) => segmentsOf(l).map((s) => s.x)),
    size * 0.6,
  );
  // A column holding only the row numbers has few starts: two are enough.
  const columns = starts.filter((s) => s.count >= 2).map((s) => s.x);
  if (columns.length < 3) return null;
  const columnOf = (x: number) => {
    let found = 0;
    columns.forEach((start, i) => {
      if (start <= x + size * 0.6) found = i;
    });
    return found;
  };
  // Each line's words by column, then rows where a column starts again.
  const perLine = lines.map((line) => {
    // A piece belongs to the column it starts in, even where it runs on over the next ones (an area title).
    const byColumn = new Map<number, PdfWord[]>();
    for (const segment of segmentsOf(line)) {
      const c = columnOf(segment.x);
      byColumn.set(c, [...(byColumn.get(c) ?? []), ...segment.words]);
    }
    return byColumn;
  });
  const rows: Map<number, PdfWord[]>[] = [];
  let current: Map<number, PdfWord[]> | null = null;
  perLine.forEach((byColumn, i) => {
    const above = i > 0 ? perLine[i - 1] : undefined;
    const resumes = [...byColumn.keys()].some((c) => !above?.has(c));
    if (!current || resumes) {
      current = new Map();
      rows.push(current);
    }
    for (const [c, words] of byColumn) current.set(c, [...(current.get(c) ?? []), ...words]);
  });
  const right = Math.max(...lines.map((l) => l.right));
  // The width a column's text could fill: its widest line (the rules that would tell are not there).
  const widths = columns.map(() => 0);
  for (const row of rows)
    for (const [c, words] of row)
      for (const line of linesOf(words)) widths[c] = Math.max(widths[c] ?? 0, line.right - (columns[c] as number));
  const placed: PlacedCell[][] = rows.map((row) =>
    columns.map((start, c) => {
      const inner = widths[c] ?? right - start;
      const paragraphs = paragraphsOf(linesOf(row.get(c) ?? []), inner);
      return {
        cell: makeCell(paragraphs.map((p) => p.text).join('\n'), {
          bold: paragraphs.length > 0 && paragraphs.every((p) => p.bold),
        }),
        left: c,
      };
    }),
  );
  const last = placed.at(-1) ?? [];
  return {
    top: (lines[0]?.y ?? 0) - size,
    bottom: lines.at(-1)?.y ?? 0,
    left: columns[0] as number,
    right,
    columns: [...columns, right],
    rows: placed,
    lastRow: last.map((p) => ({ cell: p.cell, rowSpan: 1 })),
  };
}

/**
 * Runs of lines that read as a table without rules. A run starts at a line of three or more
 * pieces and goes on while lines follow closely and keep to the columns seen; it needs three
 * such lines at least. Returns the tables and the lines left as prose.
 */
export function alignedTablesOf(lines: PdfLine[]): { tables: PdfTable[]; lines: PdfLine[] } {
  const tables: PdfTable[] = [];
  const rest: PdfLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as PdfLine;
    if (segmentsOf(line).length < 3) {
      rest.push(line);
      i++;
      continue;
    }
    const run: PdfLine[] = [line];
    const starts = segmentsOf(line).map((s) => s.x);
    let tabular = 1;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j] as PdfLine;
      const previous = run.at(-1) as PdfLine;
      if (next.y - previous.y > Math.max(next.size, previous.size) * 2.5) break;
      const pieces = segmentsOf(next);
      const aligned = pieces.every((p) => starts.some((x) => Math.abs(x - p.x) <= next.size * 0.6));
      if (pieces.length >= 2) {
        tabular++;
        starts.push(...pieces.map((p) => p.x));
      } else if (!aligned || pieces[0]?.x === lines[i]?.x) {
        // A single piece at the left margin after the table is prose again.
        if (!aligned) break;
      }
      run.push(next);
    }
    const table = tabular >= 3 ? buildAligned(run) : null;
    if (table) {
      tables.push(table);
      i = j;
    } else {
      rest.push(line);
      i++;
    }
  }
  return { tables, lines: rest };
}
