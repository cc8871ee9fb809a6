/**
 * A small word-level diff for comparing report versions: Myers' O((N+M)·D) algorithm over word and
 * whitespace tokens, then a clean-up that shows each changed stretch as "removed words, added words".
 */

export type WordDiffOp = { op: 'equal' | 'delete' | 'insert'; text: string };

/** Beyond this many edits the middle of the texts is shown as replaced whole, to bound time and memory. */
export const MAX_WORD_EDITS = 2000;

const tokenize = (text: string): string[] => text.normalize('NFC').match(/\s+|\S+/g) ?? [];

/** Myers' shortest edit script; returns null when it needs more than `limit` edits. */
function shortestEdit(a: string[], b: string[], limit: number): WordDiffOp[] | null {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(n + m, limit); d++) {
    // Keep only the diagonals step d can read: -d-1 .. d+1.
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace);
    }
  }
  return null;
}

function backtrack(a: string[], b: string[], trace: Int32Array[]): WordDiffOp[] {
  const ops: WordDiffOp[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const saved = trace[d]!;
    const at = (k: number) => saved[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ op: 'equal', text: a[x]! });
    }
    if (d > 0) ops.push(x === prevX ? { op: 'insert', text: b[prevY]! } : { op: 'delete', text: a[prevX]! });
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

/** Whitespace kept between two changes joins them, then each changed stretch reads: deletions, insertions. */
function cleanUp(ops: WordDiffOp[]): WordDiffOp[] {
  const out: WordDiffOp[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = inserted = '';
  };
  ops.forEach((op, i) => {
    const between =
      op.op === 'equal' && !op.text.trim() && (deleted || inserted) && ops[i + 1] && ops[i + 1]!.op !== 'equal';
    if (op.op === 'delete' || between) deleted += op.text;
    if (op.op === 'insert' || between) inserted += op.text;
    if (op.op !== 'equal' || between) return;
    flush();
    const last = out[out.length - 1];
    if (last?.op === 'equal') last.text += op.text;
    else out.push({ ...op });
  });
  flush();
  return out;
}

/** The word-level difference from `before` to `after`; joining the equal and insert parts gives `after`. */
export function diffWords(before: string, after: string): WordDiffOp[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const middle = shortestEdit(midA, midB, MAX_WORD_EDITS) ?? [
    ...midA.map((text): WordDiffOp => ({ op: 'delete', text })),
    ...midB.map((text): WordDiffOp => ({ op: 'insert', text })),
  ];
  const equal = (tokens: string[]): WordDiffOp[] => tokens.map((text) => ({ op: 'equal', text }));
  return cleanUp([...equal(a.slice(0, head)), ...middle, ...equal(a.slice(a.length - tail))]);
}
