/**
 * The order of codes people number things with: areas in Roman numerals (I, II, …, IX, X), items in dotted
 * numbers (1, 1.2, 10), criteria and targets mixing both (III.10, II-CT3, 2.1.a). As text "III.10" comes
 * before "III.3" and "IX" before "V"; here every run of digits counts as a number and every Roman segment
 * as its value, so I < II < III < IV < … and 1 < 2 < 10.
 */
import { romanToNumber } from '../plan/text.js';

type Piece = { kind: 0; value: number } | { kind: 1; text: string };

const text = new Intl.Collator('vi', { sensitivity: 'base' });

/** A code's pieces: digit runs and Roman segments as numbers, other letters as text; separators dropped. */
function piecesOf(code: string): Piece[] {
  const pieces: Piece[] = [];
  for (const segment of code.trim().split(/[\s.\-–/)(,;:]+/)) {
    if (!segment) continue;
    const roman = /^[IVXLC]+$/.test(segment) ? romanToNumber(segment) : null;
    if (roman !== null) {
      pieces.push({ kind: 0, value: roman });
      continue;
    }
    for (const run of segment.match(/\d+|\D+/g) ?? [])
      pieces.push(/^\d/.test(run) ? { kind: 0, value: Number(run) } : { kind: 1, text: run });
  }
  return pieces;
}

/** Compares two codes in numbering order; missing codes (null, empty) come last. */
export function compareCodes(a: string | null | undefined, b: string | null | undefined): number {
  const x = a?.trim() ? piecesOf(a) : null;
  const y = b?.trim() ? piecesOf(b) : null;
  if (!x || !y) return x ? -1 : y ? 1 : 0;
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    // A number before a word at the same place ("1" before "a"); like with like by value.
    const order =
      p.kind !== q.kind
        ? p.kind - q.kind
        : p.kind === 0
          ? p.value - (q as typeof p).value
          : text.compare(p.text, (q as typeof p).text);
    if (order !== 0) return order;
  }
  // A code before the codes under it ("III" before "III.1"); same pieces, differently written, by text.
  return x.length - y.length || text.compare(a!, b!);
}

/** Sorts by several codes in turn (area, then item number), e.g. `rows.sort(byCodes((r) => [r.area, r.number]))`. */
export function byCodes<T>(codesOf: (row: T) => (string | null | undefined)[]): (a: T, b: T) => number {
  return (a, b) => {
    const x = codesOf(a);
    const y = codesOf(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const order = compareCodes(x[i], y[i]);
      if (order !== 0) return order;
    }
    return 0;
  };
}
