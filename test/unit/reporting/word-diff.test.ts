import { describe, expect, it } from 'vitest';
import { MAX_WORD_EDITS, diffWords, type WordDiffOp } from '../../../src/domain/reporting/word-diff.js';

const side = (ops: WordDiffOp[], drop: WordDiffOp['op']) =>
  ops
    .filter((o) => o.op !== drop)
    .map((o) => o.text)
    .join('');
const render = (ops: WordDiffOp[]) =>
  ops.map((o) => (o.op === 'equal' ? o.text : o.op === 'delete' ? `[-${o.text}-]` : `{+${o.text}+}`)).join('');

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

describe('diffWords', () => {
  it.each([
    ['Đã ban hành 05 văn bản', 'Đã ban hành 07 văn bản', 'Đã ban hành [-05-]{+07+} văn bản'],
    [
      'Tỷ lệ hồ sơ đúng hạn đạt 98%.',
      'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.',
      'Tỷ lệ hồ sơ {+giải quyết +}đúng hạn đạt 98%.',
    ],
    ['Chưa có kinh phí thực hiện', 'Chưa có', 'Chưa có[- kinh phí thực hiện-]'],
    ['', 'Hoàn thành kế hoạch', '{+Hoàn thành kế hoạch+}'],
    ['Hoàn thành kế hoạch', '', '[-Hoàn thành kế hoạch-]'],
    ['giống nhau', 'giống nhau', 'giống nhau'],
    // Two changed words with a space between read as one change.
    ['tổ chức 02 hội nghị tập huấn', 'tổ chức 03 lớp tập huấn', 'tổ chức [-02 hội nghị-]{+03 lớp+} tập huấn'],
  ])('%j → %j reads %j', (before, after, expected) => {
    expect(render(diffWords(before, after))).toBe(expected);
  });

  it('treats the same Vietnamese text in composed and decomposed Unicode as equal', () => {
    const composed = 'Sở Nội vụ hướng dẫn';
    expect(diffWords(composed.normalize('NFD'), composed)).toEqual([{ op: 'equal', text: composed }]);
  });

  it('always rebuilds both texts, on random edits', () => {
    const words = ['cải', 'cách', 'hành', 'chính', 'số', 'hóa', 'hồ', 'sơ', '100%', '\n', '  '];
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const text = () =>
        Array.from({ length: Math.floor(next() * 30) }, () => words[Math.floor(next() * words.length)]).join(
          next() < 0.5 ? ' ' : '',
        );
      const before = text();
      const after = text();
      const ops = diffWords(before, after);
      expect(side(ops, 'insert')).toBe(before);
      expect(side(ops, 'delete')).toBe(after);
      expect(ops.every((o) => o.text.length > 0)).toBe(true);
      // Neighbouring parts never repeat an operation.
      expect(ops.every((o, i) => i === 0 || ops[i - 1]!.op !== o.op)).toBe(true);
    }
  });

  it('keeps common words when texts share them in the middle (not just a whole replacement)', () => {
    const ops = diffWords('a b c d e f', 'x b c d e y');
    expect(
      ops
        .filter((o) => o.op === 'equal')
        .map((o) => o.text)
        .join(''),
    ).toContain('b c d e');
  });

  it('still gives a correct answer beyond the edit limit, replacing the middle whole', () => {
    const before = Array.from({ length: MAX_WORD_EDITS + 10 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: MAX_WORD_EDITS + 10 }, (_, i) => `b${i}`).join(' ');
    const ops = diffWords(`Mở đầu ${before} kết thúc`, `Mở đầu ${after} kết thúc`);
    expect(ops[0]).toEqual({ op: 'equal', text: 'Mở đầu ' });
    expect(side(ops, 'insert')).toBe(`Mở đầu ${before} kết thúc`);
    expect(side(ops, 'delete')).toBe(`Mở đầu ${after} kết thúc`);
  });
});
