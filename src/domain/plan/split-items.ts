/**
 * One cell holding several numbered activities ("3.1. Xây dựng … 3.2. Tổ chức …", "a) … b) …")
 * becomes one item per number. Only a run that starts the cell and counts up one by one is a
 * list, so "Nghị định 61/2018" or "Quý 1. 2025" never split a cell.
 */

export interface CellItem {
  /** The number as printed ("3.1", "b"); null for an unnumbered cell. */
  label: string | null;
  text: string;
}

const LETTERS = [
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
const NUMBERED = /(?:^|(?<=[\s;.]))(\d{1,2}(?:\.\d{1,2}){0,3})[.)]\s+(?=[\p{Lu}\d"“(])/gu;
const LETTERED = /(?:^|(?<=[\s;.]))([a-zđ])\)\s+(?=\S)/gu;

function nextLabel(label: string): string {
  const parts = label.split('.');
  const last = Number(parts.pop());
  return [...parts, String(last + 1)].join('.');
}

function consecutiveRun(
  text: string,
  pattern: RegExp,
  next: (label: string) => string | null,
): { label: string; index: number; end: number }[] {
  const matches = [...text.matchAll(pattern)].map((m) => ({
    label: m[1] ?? '',
    index: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const first = matches[0];
  if (!first || first.index !== 0) return [];
  const run = [first];
  for (const match of matches.slice(1)) {
    const last = run[run.length - 1] as { label: string };
    if (match.label === next(last.label)) run.push(match);
  }
  return run.length >= 2 ? run : [];
}

export function splitNumberedItems(text: string): CellItem[] {
  const trimmed = text.trim();
  let run = consecutiveRun(trimmed, NUMBERED, nextLabel);
  if (run.length === 0) {
    run = consecutiveRun(trimmed, LETTERED, (label) => LETTERS[LETTERS.indexOf(label) + 1] ?? null);
    if (run[0]?.label !== 'a') run = [];
  }
  if (run.length === 0) return [{ label: null, text: trimmed }];
  return run.map((item, i) => ({
    label: item.label,
    text: trimmed.slice(item.end, run[i + 1]?.index ?? trimmed.length).trim(),
  }));
}
