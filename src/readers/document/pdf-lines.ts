/**
 * Words → lines → paragraphs, the way a word processor laid them out: a line that had no room
 * for the next line's first word was wrapped (same paragraph); one that had room ended its
 * paragraph; a single word filling the whole width was cut mid-word and is joined back without
 * a space ("31/01/20" + "26").
 */
import type { PdfWord } from './pdf-page.js';

export interface PdfLine {
  words: PdfWord[];
  x: number;
  right: number;
  y: number;
  size: number;
}

const SPACE = 0.25;

/** Words on the same baseline, left to right; lines top to bottom. */
export function linesOf(words: PdfWord[]): PdfLine[] {
  const sorted = [...words].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let current: PdfWord[] = [];
  let baseline = Number.NaN;
  const close = () => {
    if (!current.length) return;
    current.sort((a, b) => a.x - b.x);
    const size = Math.max(...current.map((w) => w.size));
    const last = current.at(-1) as PdfWord;
    lines.push({ words: current, x: current[0]?.x ?? 0, right: last.x + last.width, y: baseline, size });
    current = [];
  };
  for (const word of sorted) {
    if (current.length && Math.abs(word.y - baseline) > Math.max(1, word.size * 0.4)) close();
    if (!current.length) baseline = word.y;
    current.push(word);
  }
  close();
  return lines;
}

/** The words of a line as text: a gap wider than a thin space is a space. */
export function lineText(line: PdfLine): string {
  let out = '';
  let previous: PdfWord | null = null;
  for (const word of line.words) {
    if (previous && (previous.item === word.item || word.x - (previous.x + previous.width) > word.size * 0.12))
      out += ' ';
    out += word.text;
    previous = word;
  }
  return out;
}

const firstWord = (line: PdfLine): PdfWord | undefined => line.words[0];

/** The room a line had: would the next line's first word have fitted after it? */
export function wrapped(previous: PdfLine, next: PdfLine, innerWidth: number): boolean {
  const first = firstWord(next);
  if (!first) return false;
  const width = previous.right - previous.x;
  // Word widths inside a text piece are estimated, so a line short by less than a letter still counts as full.
  return width + previous.size * SPACE + first.width > innerWidth - previous.size * 0.6;
}

/** A single word filling the width, continued on the next line without a space. */
export function cutMidWord(previous: PdfLine, next: PdfLine, innerWidth: number): boolean {
  const first = firstWord(next);
  if (!first || previous.words.length !== 1 || !first.text) return false;
  const width = previous.right - previous.x;
  const firstChar = first.width / first.text.length;
  // Only numbers, dates and codes are long enough to be cut ("31/01/20" + "26", "CBCCV" + "C", "CTr/T" + "U");
  // a syllable in lower case is not.
  // Capitals are wider than the piece's average letter, hence the floor on the letter's width.
  const letter = Math.max(firstChar, previous.size * 0.7);
  const junction = `${lineText(previous).split(/[-/.]/).at(-1)}${first.text.split(/[-/.,;:]/)[0]}`;
  return width + letter > innerWidth - 0.5 && !/\p{Ll}/u.test(junction);
}

/** Joins the line after `text`: no space after a cut word or a hyphen inside a word ("QĐ-" + "UBND"). */
export function joinLine(text: string, line: string, midWord: boolean): string {
  if (!text) return line;
  if (midWord || (/[\p{L}\p{N}]-$/u.test(text) && /^[\p{L}\p{N}]/u.test(line))) return text + line;
  return `${text} ${line}`;
}

export interface TextBlock {
  text: string;
  bold: boolean;
  lines: PdfLine[];
}

/**
 * Lines of one cell or one column of prose → paragraphs. `innerWidth` is the width text could
 * fill; `breakGap` a vertical gap (in line heights) that always starts a new paragraph.
 */
export function paragraphsOf(
  lines: PdfLine[],
  innerWidth: number,
  breakGap = 1.6,
  widthFor: (line: PdfLine) => number = () => innerWidth,
): TextBlock[] {
  const out: TextBlock[] = [];
  let current: PdfLine[] = [];
  let text = '';
  const close = () => {
    if (!current.length) return;
    const words = current.flatMap((l) => l.words);
    out.push({ text, bold: words.length > 0 && words.every((w) => w.bold), lines: current });
    current = [];
    text = '';
  };
  for (const line of lines) {
    const previous = current.at(-1);
    if (previous) {
      const gap = line.y - previous.y;
      const bullet = /^[-+•–]/.test(line.words[0]?.text ?? '') && /[.;:]$/.test(previous.words.at(-1)?.text ?? '');
      const sameParagraph =
        !bullet &&
        gap <= Math.max(previous.size, line.size) * breakGap &&
        wrapped(previous, line, widthFor(previous)) &&
        !(line.x > previous.x + line.size * 1.5 && current.length > 1);
      if (!sameParagraph) close();
      else {
        text = joinLine(text, lineText(line), cutMidWord(previous, line, widthFor(previous)));
        current.push(line);
        continue;
      }
    }
    current.push(line);
    text = lineText(line);
  }
  close();
  return out;
}
