/**
 * Tables drawn with rules in plain text, as pandoc writes them: grid tables ("+----+----+",
 * "|" between cells, "+====+" under the header) and multiline tables (a dashed line, the header,
 * a line of dash runs, one per column, then rows separated by blank lines, a dashed line to
 * close). The column edges come from the rule, a cell's wrapped lines are joined again.
 */
import type { DocumentRow, DocumentTable } from '../../../domain/plan/document.js';

export interface RuledTable {
  /** The rows' cells as written (Markdown emphasis still in them), header rows first. */
  rows: { cells: string[]; header: boolean; line: number }[];
  next: number;
}

const GRID_RULE = /^\s*\+(?:[-=:]+\+)+\s*$/;
const DASH_RUNS = /^\s*-{3,}(?:\s+-{3,})+\s*$/;
const FULL_DASH = /^\s*-{10,}\s*$/;
const LIST_ITEM = /^\s*\\?[-+•–]\s/;

const isBlank = (line: string | undefined) => line === undefined || line.trim().length === 0;

/**
 * A cell's wrapped lines as one text; a line starting a list item keeps its own line. pandoc
 * breaks a word wider than the column so that its tail fills a line exactly ("12" / "91/QĐ-TTg"
 * in a 9-wide column): such a tail is joined without a space. Not after a plain word alone on its
 * line ("ngày" / "20/3/2024": the date fills the line, but "ngày" simply did not fit the line
 * above), nor before an opening bracket ("LÒNG" / "(SIPAS)**"). pandoc keeps "TTHC...) -" whole (a line may not start with a dash), so a line that fills
 * the column exactly after a lone capital or digit ("T" / "THC...) -") is a broken word too.
 */
function joinCell(parts: string[], width: number): string {
  let text = '';
  let previous = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    const head = /^\S+/.exec(part)?.[0] ?? '';
    const tail = /\S+$/.exec(text)?.[0] ?? '';
    const lone = previous === tail;
    const plainWord = lone && /^\p{Ll}{2,}$/u.test(tail);
    const brokenWord =
      !plainWord &&
      ((head.length === width && tail.length + head.length > width && !/^[([“"]/u.test(head)) ||
        (lone && /^[\p{Lu}\d]{1,2}$/u.test(tail) && part.length === width));
    text = !text ? part : LIST_ITEM.test(part) ? `${text}\n${part}` : brokenWord ? text + part : `${text} ${part}`;
    previous = part;
  }
  return text;
}

/** The words of `line` by the column their first character falls in. */
function byColumn(line: string, starts: number[]): string[] {
  const cells = starts.map(() => '');
  for (const word of line.matchAll(/\S+/g)) {
    let col = 0;
    while (col + 1 < starts.length && (word.index ?? 0) >= (starts[col + 1] ?? Infinity)) col++;
    cells[col] = cells[col] ? `${cells[col]} ${word[0]}` : word[0];
  }
  return cells;
}

export const startsGridTable = (lines: string[], index: number) =>
  GRID_RULE.test(lines[index] ?? '') && /^\s*\|/.test(lines[index + 1] ?? '');

export function readGridTable(lines: string[], start: number): RuledTable {
  const rule = lines[start] ?? '';
  const edges = [...rule.matchAll(/\+/g)].map((m) => m.index ?? 0);
  const rows: RuledTable['rows'] = [];
  let index = start + 1;
  let block: string[][] = [];
  let blockLine = start + 2;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (GRID_RULE.test(line)) {
      if (block.length > 0) {
        const cells = edges.slice(0, -1).map((edge, c) =>
          joinCell(
            block.map((parts) => parts[c] ?? ''),
            (edges[c + 1] ?? edge) - edge - 3,
          ),
        );
        rows.push({ cells, header: line.includes('='), line: blockLine });
      }
      if (line.includes('=')) for (const row of rows) row.header = true;
      block = [];
      blockLine = index + 2;
      index++;
      continue;
    }
    if (!/^\s*\|/.test(line)) break;
    block.push(
      edges.slice(0, -1).map((edge, c) => line.slice(edge + 1, edges[c + 1] ?? line.length).replace(/\|$/, '')),
    );
    index++;
  }
  return { rows, next: index };
}

/** A multiline table starts at a long dashed line with the line of dash runs a few lines below. */
export function startsMultilineTable(lines: string[], index: number): boolean {
  if (!FULL_DASH.test(lines[index] ?? '')) return false;
  for (let k = index + 1; k < lines.length && k <= index + 10; k++) {
    if (DASH_RUNS.test(lines[k] ?? '')) return true;
    if (isBlank(lines[k])) return false;
  }
  return false;
}

export function readMultilineTable(lines: string[], start: number): RuledTable {
  let rule = start + 1;
  while (!DASH_RUNS.test(lines[rule] ?? '')) rule++;
  const runs = [...(lines[rule] ?? '').matchAll(/-+/g)];
  const starts = runs.map((m) => m.index ?? 0);
  const widths = runs.map((m) => m[0].length);
  const rows: RuledTable['rows'] = [];
  const pushRow = (group: string[], line: number, header: boolean) => {
    if (group.length === 0) return;
    const split = group.map((l) => byColumn(l, starts));
    rows.push({
      cells: starts.map((_, c) =>
        joinCell(
          split.map((s) => s[c] ?? ''),
          widths[c] ?? 0,
        ),
      ),
      header,
      line,
    });
  };
  pushRow(lines.slice(start + 1, rule), start + 2, true);
  let index = rule + 1;
  let group: string[] = [];
  let groupLine = index + 1;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (FULL_DASH.test(line) || DASH_RUNS.test(line)) {
      pushRow(group, groupLine, false);
      index++;
      break;
    }
    if (isBlank(line)) {
      pushRow(group, groupLine, false);
      group = [];
      groupLine = index + 2;
      continue;
    }
    group.push(line);
  }
  return { rows, next: index };
}

export function toDocumentTable(
  table: RuledTable,
  toRow: (fields: string[], line: number, breakBefore: boolean, header: boolean) => DocumentRow,
): DocumentTable {
  return { kind: 'table', rows: table.rows.map((r) => toRow(r.cells, r.line, false, r.header)) };
}
