/**
 * A page's ruling lines → tables: the rules that touch each other form one table; their x and y
 * positions make its grid; a missing rule inside the grid merges the cells on either side
 * (colSpan where a vertical rule is missing, rowSpan where a horizontal one is). Words are
 * placed in the cell under their middle.
 */
import { makeCell, type DocumentCell } from '../../domain/plan/document.js';
import { linesOf, paragraphsOf } from './pdf-lines.js';
import type { PdfPage, PdfWord, Segment } from './pdf-page.js';

const TOUCH = 2;

/** A cell with the grid column it starts in. */
export interface PlacedCell {
  cell: DocumentCell;
  left: number;
}

export interface PdfTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** x of each column boundary, left to right. */
  columns: number[];
  /** Every grid row, even one whose cells all come down from above (so row spans stay right). */
  rows: PlacedCell[][];
  /** For each grid column, the cell covering it in the last row and how many rows that cell spans. */
  lastRow: ({ cell: DocumentCell; rowSpan: number } | null)[];
}

/** Rules on one line that touch or overlap become one rule. */
function mergeSegments(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && Math.abs(s.at - last.at) <= 1.5 && s.from <= last.to + TOUCH) {
      last.to = Math.max(last.to, s.to);
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

/** Positions within `tolerance` of each other as one, sorted. */
function cluster(values: number[], tolerance = 2): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const group = out.at(-1);
    if (group && v - (group.at(-1) as number) <= tolerance) group.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    while (this.parent[i] !== root) {
      const next = this.parent[i] as number;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

const covers = (s: Segment, from: number, to: number) => s.from <= from + TOUCH && s.to >= to - TOUCH;

interface Region {
  top: number;
  left: number;
  bottom: number;
  right: number;
  words: PdfWord[];
}

function buildTable(horizontal: Segment[], vertical: Segment[], words: PdfWord[]): PdfTable | null {
  const xs = cluster(vertical.map((s) => s.at));
  const ys = cluster(horizontal.map((s) => s.at));
  if (xs.length < 3 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const at = (values: number[], v: number) => values.findIndex((c) => Math.abs(c - v) <= 2);
  const byX = new Map<number, Segment[]>();
  for (const s of vertical) {
    const i = at(xs, s.at);
    byX.set(i, [...(byX.get(i) ?? []), s]);
  }
  const byY = new Map<number, Segment[]>();
  for (const s of horizontal) {
    const i = at(ys, s.at);
    byY.set(i, [...(byY.get(i) ?? []), s]);
  }
  const hasVertical = (i: number, r: number) => {
    const [a, b] = [ys[r] as number, ys[r + 1] as number];
    const margin = (b - a) / 4;
    return (byX.get(i) ?? []).some((s) => covers(s, a + margin, b - margin));
  };
  const hasHorizontal = (j: number, c: number) => {
    const [a, b] = [xs[c] as number, xs[c + 1] as number];
    const margin = (b - a) / 4;
    return (byY.get(j) ?? []).some((s) => covers(s, a + margin, b - margin));
  };
  const cells = new UnionFind(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !hasVertical(c + 1, r)) cells.union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !hasHorizontal(r + 1, c)) cells.union(r * cols + c, (r + 1) * cols + c);
    }
  }
  const regions = new Map<number, Region>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const id = cells.find(r * cols + c);
      const region = regions.get(id);
      if (!region) regions.set(id, { top: r, left: c, bottom: r, right: c, words: [] });
      else {
        region.bottom = Math.max(region.bottom, r);
        region.right = Math.max(region.right, c);
        region.left = Math.min(region.left, c);
      }
    }
  }
  const slot = (values: number[], v: number) => {
    for (let i = 0; i + 1 < values.length; i++)
      if (v >= (values[i] as number) && v < (values[i + 1] as number)) return i;
    return -1;
  };
  const rest: PdfWord[] = [];
  for (const word of words) {
    const r = slot(ys, word.y - word.size * 0.3);
    const c = slot(xs, word.x + Math.min(word.width, word.size) / 2);
    if (r < 0 || c < 0) rest.push(word);
    else regions.get(cells.find(r * cols + c))?.words.push(word);
  }
  words.splice(0, words.length, ...rest);
  // How far text sits from a cell's rules, the same in every cell of a table.
  let padding = Infinity;
  for (const region of regions.values()) {
    for (const w of region.words) padding = Math.min(padding, w.x - (xs[region.left] as number));
  }
  if (!Number.isFinite(padding) || padding < 0) padding = 0;
  const out: PlacedCell[][] = Array.from({ length: rows }, () => []);
  const lastRow: PdfTable['lastRow'] = Array.from({ length: cols }, () => null);
  const ordered = [...regions.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  for (const region of ordered) {
    const inner = (xs[region.right + 1] as number) - (xs[region.left] as number) - 2 * padding;
    const paragraphs = paragraphsOf(linesOf(region.words), inner);
    const rowSpan = region.bottom - region.top + 1;
    const cell = makeCell(paragraphs.map((p) => p.text).join('\n'), {
      bold: paragraphs.length > 0 && paragraphs.every((p) => p.bold),
      colSpan: region.right - region.left + 1,
      rowSpan,
    });
    out[region.top]?.push({ cell, left: region.left });
    if (region.bottom === rows - 1) for (let c = region.left; c <= region.right; c++) lastRow[c] = { cell, rowSpan };
  }
  return {
    top: ys[0] as number,
    bottom: ys.at(-1) as number,
    left: xs[0] as number,
    right: xs.at(-1) as number,
    columns: xs,
    rows: out,
    lastRow,
  };
}

/** The tables drawn on a page; the words inside them are taken out of `page.words`. */
export function tablesOf(page: PdfPage): PdfTable[] {
  const horizontal = mergeSegments(page.horizontal);
  const vertical = mergeSegments(page.vertical);
  const all = [...horizontal, ...vertical];
  const groups = new UnionFind(all.length);
  const h0 = 0;
  const v0 = horizontal.length;
  for (let i = 0; i < horizontal.length; i++) {
    const h = horizontal[i] as Segment;
    for (let j = 0; j < vertical.length; j++) {
      const v = vertical[j] as Segment;
      if (v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH)
        groups.union(h0 + i, v0 + j);
    }
  }
  const members = new Map<number, { h: Segment[]; v: Segment[] }>();
  all.forEach((s, i) => {
    const id = groups.find(i);
    const group = members.get(id) ?? { h: [], v: [] };
    (i < v0 ? group.h : group.v).push(s);
    members.set(id, group);
  });
  const tables: PdfTable[] = [];
  for (const group of members.values()) {
    if (group.h.length < 2 || group.v.length < 3) continue;
    const table = buildTable(group.h, group.v, page.words);
    if (table) tables.push(table);
  }
  return tables.sort((a, b) => a.top - b.top);
}
