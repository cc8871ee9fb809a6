/** Small text helpers for reading plans: Roman numerals, item numbers, sentences, inline lists. */
import { foldVietnamese } from '../text/fold.js';

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanToNumber(roman: string): number | null {
  if (!/^[IVXLC]+$/.test(roman)) return null;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && total < 40 && numberToRoman(total) === roman ? total : null;
}

export function numberToRoman(value: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** "1.3.1." → "1.3.1"; "(2)" → "2"; anything that is not an item number → null. */
export function itemNumber(text: string): string | null {
  const cleaned = text
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .replace(/[.)]$/, '');
  return /^\d{1,3}(?:\.\d{1,3}){0,4}$/.test(cleaned) ? cleaned : null;
}

/** True if the text has something a person could read (letters or digits). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Words for coverage checks: folded, letters and digits only. */
export function wordsOf(text: string): string[] {
  return foldVietnamese(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const TERMINAL = /[.!?…]["”)]?$/;

/** The text reads as finished (ends like a sentence), so what follows is not its continuation. */
export function endsSentence(text: string): boolean {
  return TERMINAL.test(text.trim());
}

/** The text starts the way a continued sentence does: lower case, a digit, or punctuation. */
export function startsAsContinuation(text: string): boolean {
  const first = text.trim()[0] ?? '';
  if (!first) return false;
  if (/\p{Ll}/u.test(first) || /\d/.test(first)) return true;
  return /[,;:)\]/&]/.test(first);
}

const CONNECTOR_END =
  /(?:^|\s)(?:và|của|các|với|cho|trong|thuộc|cấp|theo|về|tại|đến|từ|để|được|là|hoặc|những|nhằm|giữa|trên|dưới|ở|bằng|do|ngày|số|năm|đối với|như|gồm|có)$/iu;

/**
 * How a piece of text below a page break relates to the text above it in the same column: it
 * carries it on (lower case or a digit, a list going on, the text above ending in a comma or a
 * dangling "và"), starts afresh (after a full stop, or under an empty cell), or cannot tell.
 * Shared by every reader that puts a row cut by a page break back together.
 */
export function pieceVote(piece: string, above: string): 'continues' | 'neutral' | 'new' {
  if (!above) return 'new';
  if (startsAsContinuation(piece)) return 'continues';
  if (/^[-+•–]\s/.test(piece) && /(^|\n)[-+•–]\s/.test(above)) return 'continues';
  if (/[,;:(\-–]$/.test(above) || CONNECTOR_END.test(above)) return 'continues';
  return endsSentence(above) ? 'new' : 'neutral';
}

/**
 * An inline list written on one line ("- Báo cáo A - Báo cáo B") into one item per line.
 * Only a cell that starts with a dash is a list, and only " - " before a capital or a digit
 * starts a new item, so "kinh tế - xã hội" and "2021 - 2025" stay whole.
 */
export function splitInlineList(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!/^[-+•–]\s?\S/.test(line)) return line;
      return line.replace(/\s+[-+•–]\s?(?=[\p{Lu}\d])/gu, '\n- ');
    })
    .join('\n');
}

/** Sentences of a paragraph or cell: split after ".", "!" or "?" before a capital, and at line ends. */
export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[-–]?\s?[\p{Lu}\d])/u))
    .map((s) => s.trim())
    .filter((s) => hasWords(s));
}
