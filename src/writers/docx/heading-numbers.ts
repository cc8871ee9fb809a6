/** Labels of numbered headings: I., II. / 1., 2. / a), b), đ) in the Vietnamese alphabet. */

const romanDigits: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, digits] of romanDigits) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

// Điểm in Vietnamese legal texts follow the Vietnamese alphabet: đ after d, no f, j, w, z.
const letters = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];

/** 1 → "a", 5 → "đ", 24 → "aa". */
export function vietnameseLetter(n: number): string {
  const letter = letters[(n - 1) % letters.length] ?? 'a';
  return letter.repeat(Math.floor((n - 1) / letters.length) + 1);
}

/** Counts headings per level and gives each its label; a heading restarts the levels below it. */
export class HeadingCounter {
  private readonly counts = [0, 0, 0];

  next(level: 1 | 2 | 3): string {
    const index = level - 1;
    this.counts[index] = (this.counts[index] ?? 0) + 1;
    for (let deeper = index + 1; deeper < this.counts.length; deeper++) this.counts[deeper] = 0;
    const n = this.counts[index] ?? 1;
    if (level === 1) return `${roman(n)}.`;
    if (level === 2) return `${n}.`;
    return `${vietnameseLetter(n)})`;
  }
}
