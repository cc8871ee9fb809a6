/**
 * One PDF page as what the table and paragraph builders need: its words with their positions
 * (top-down coordinates, in points), and its ruling lines (stroked lines and rectangles, thin
 * filled rectangles) as horizontal and vertical segments.
 */
import { PDF_LIMITS, tooComplex } from '../limits.js';

export interface PdfWord {
  text: string;
  /** Left edge and width. */
  x: number;
  width: number;
  /** Baseline, measured from the top of the page. */
  y: number;
  size: number;
  bold: boolean;
  /** The text piece the word came from: words of one piece were separated by spaces in it. */
  item: number;
}

/** A horizontal (`at` = y, from `from` to `to` in x) or vertical (`at` = x, `from`/`to` in y) rule. */
export interface Segment {
  at: number;
  from: number;
  to: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  words: PdfWord[];
  horizontal: Segment[];
  vertical: Segment[];
}

/** What pdfjs hands back, typed to the little this reader uses. */
export interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** Text items → words: an item is cut at its spaces, each word placed by its share of the item's width. */
export function wordsOf(pieces: TextItemLike[], pageHeight: number, boldFonts: Set<string>): PdfWord[] {
  const words: PdfWord[] = [];
  let items = 0;
  for (const item of pieces) {
    const str = item.str ?? '';
    const t = item.transform;
    if (!str.trim() || !t || t.length < 6) continue;
    const [a, b, c, d, e, f] = t as Matrix;
    // Rotated text (stamps, watermarks, vertical margins) is not part of the plan's text.
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) continue;
    const size = Math.abs(d) || Math.abs(a);
    if (!Number.isFinite(size) || size <= 0 || !Number.isFinite(e) || !Number.isFinite(f)) continue;
    const width =
      Number.isFinite(item.width) && (item.width ?? 0) > 0 ? (item.width as number) : size * 0.5 * str.length;
    const perChar = width / str.length;
    const bold = boldFonts.has(item.fontName ?? '');
    const y = pageHeight - f;
    const matches = [...str.matchAll(/\S+/g)];
    const end = e + width - (str.length - str.trimEnd().length) * perChar;
    items++;
    for (const [k, match] of matches.entries()) {
      const x = e + match.index * perChar;
      // The piece's own end is exact; only the cuts inside it are estimated.
      const right = k === matches.length - 1 ? end : x + match[0].length * perChar;
      words.push({ text: match[0], x, width: Math.max(0, right - x), y, size, bold, item: items });
      if (words.length > PDF_LIMITS.maxWordsPerPage)
        throw tooComplex('một trang PDF có quá nhiều chữ', PDF_LIMITS.maxWordsPerPage);
    }
  }
  return words;
}

/** The operator codes this reader follows (pdfjs OPS), passed in so this file needs no pdfjs import. */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  rectangle: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** Ruling lines of a page from its operator list (pdfjs 5+/6 constructPath: [paint op, [path], bbox]). */
export function rulesOf(
  fnArray: ArrayLike<number>,
  argsArray: unknown[],
  ops: OpCodes,
  pageHeight: number,
): { horizontal: Segment[]; vertical: Segment[] } {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const push = (x1: number, y1: number, x2: number, y2: number) => {
    const [ax, ay] = apply(ctm, x1, y1);
    const [bx, by] = apply(ctm, x2, y2);
    if (![ax, ay, bx, by].every(Number.isFinite)) return;
    const top1 = pageHeight - ay;
    const top2 = pageHeight - by;
    if (Math.abs(top1 - top2) < 1 && Math.abs(ax - bx) >= 3)
      horizontal.push({ at: (top1 + top2) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) < 1 && Math.abs(top1 - top2) >= 3)
      vertical.push({ at: (ax + bx) / 2, from: Math.min(top1, top2), to: Math.max(top1, top2) });
    if (horizontal.length + vertical.length > PDF_LIMITS.maxRulesPerPage)
      throw tooComplex('một trang PDF có quá nhiều nét kẻ', PDF_LIMITS.maxRulesPerPage);
  };
  /** A filled shape thin in one direction is a rule; a wider one is shading, not a border. */
  const thinBox = (points: [number, number][]) => {
    const transformed = points.map(([x, y]) => apply(ctm, x, y));
    const xs = transformed.map((p) => p[0]);
    const ys = transformed.map((p) => pageHeight - p[1]);
    const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (![x1, x2, y1, y2].every(Number.isFinite)) return;
    if (y2 - y1 <= 3 && x2 - x1 >= 3) horizontal.push({ at: (y1 + y2) / 2, from: x1, to: x2 });
    else if (x2 - x1 <= 3 && y2 - y1 >= 3) vertical.push({ at: (x1 + x2) / 2, from: y1, to: y2 });
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) {
      const m = argsArray[i] as number[] | null;
      if (m && m.length === 6) ctm = multiply(ctm, m as Matrix);
    } else if (fn === ops.constructPath) {
      const args = argsArray[i] as [number, ArrayLike<number>[] | null, unknown] | null;
      const paint = args?.[0];
      const data = args?.[1]?.[0];
      if (paint === undefined || !data) continue;
      const stroke = strokes.has(paint);
      const fill = fills.has(paint) && !stroke;
      if (!stroke && !fill) continue;
      let points: [number, number][] = [];
      let start: [number, number] | null = null;
      let at: [number, number] | null = null;
      const flush = () => {
        if (fill && points.length >= 2) thinBox(points);
        points = [];
      };
      for (let k = 0; k < data.length;) {
        const op = data[k];
        if (op === MOVE) {
          flush();
          at = start = [data[k + 1] as number, data[k + 2] as number];
          points.push(at);
          k += 3;
        } else if (op === LINE) {
          const next: [number, number] = [data[k + 1] as number, data[k + 2] as number];
          if (stroke && at) push(at[0], at[1], next[0], next[1]);
          at = next;
          points.push(next);
          k += 3;
        } else if (op === CURVE) {
          at = [data[k + 5] as number, data[k + 6] as number];
          points = [];
          k += 7;
        } else if (op === QUAD) {
          at = [data[k + 3] as number, data[k + 4] as number];
          points = [];
          k += 5;
        } else if (op === CLOSE) {
          if (stroke && at && start) push(at[0], at[1], start[0], start[1]);
          at = start;
          k += 1;
        } else break;
      }
      flush();
    }
  }
  return { horizontal, vertical };
}
