/**
 * Width of a line of Times New Roman text: it sizes the short rules NĐ 30/2020 draws under
 * the issuing body, the motto and the title (Word has no "underline this much" for a paragraph),
 * and the heights of merged title rows in Excel, which Excel does not fit by itself.
 * Advance widths in 1/1000 em, from the metric-compatible Liberation Serif; a Vietnamese letter
 * is as wide as its base letter except ơ/ư, whose horn widens them.
 */

const printable = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';

// Widths of the characters of `printable`, in order.
const regularWidths = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
  722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500,
  444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480,
  200, 480, 541,
];
const boldWidths = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944,
  722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556,
  444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394,
  220, 394, 520,
];
const hornWidths = {
  regular: { Ơ: 722, ơ: 529, Ư: 776, ư: 542, Đ: 722, đ: 500 },
  bold: { Ơ: 778, ơ: 554, Ư: 796, ư: 600, Đ: 722, đ: 556 },
} as const;

type Weight = keyof typeof hornWidths;

function table(widths: number[]): Map<string, number> {
  return new Map([...printable].map((char, i) => [char, widths[i] ?? 500]));
}
const widthTables: Record<Weight, Map<string, number>> = { regular: table(regularWidths), bold: table(boldWidths) };

function charWidth(char: string, weight: Weight): number {
  const special = (hornWidths[weight] as Record<string, number>)[char];
  if (special !== undefined) return special;
  const widths = widthTables[weight];
  const direct = widths.get(char);
  if (direct !== undefined) return direct;
  // "Ộ" = "O" + combining marks; "Ờ" = "O" + horn + grave: the horn decides.
  const decomposed = char.normalize('NFD');
  const base = decomposed[0] ?? char;
  if (decomposed.includes('\u031B')) {
    const horned = base === 'O' ? 'Ơ' : base === 'o' ? 'ơ' : base === 'U' ? 'Ư' : 'ư';
    return (hornWidths[weight] as Record<string, number>)[horned] ?? 500;
  }
  return widths.get(base) ?? 500;
}

/** Width in points of `text` set in Times New Roman at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  const weight: Weight = bold ? 'bold' : 'regular';
  let units = 0;
  for (const char of text.normalize('NFC')) units += charWidth(char, weight);
  return (units * sizePt) / 1000;
}
