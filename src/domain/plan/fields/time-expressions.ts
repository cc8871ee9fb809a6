/**
 * The time expressions a deadline cell is made of ("Quý II, III/2025", "trước ngày 15/7",
 * "Tháng 6 và tháng 12", "Cả năm 2025"), found in folded text (see foldSameLength).
 * A missing year is filled in later from the cell or the plan year.
 */
import { toIso } from '../../calendar.js';
import { isPlausibleYear, isValidDate, monthRange, quarterRange, yearRange } from './calendar.js';

export interface TimeSpan {
  kind: 'date' | 'period';
  start: string | null;
  due: string | null;
  /** A name for one item of a list ("Quý II/2025" out of "Quý II, III/2025"). */
  text?: string;
}

export interface TimeExpression {
  from: number;
  to: number;
  /** The year written in the expression, if any. */
  year: number | null;
  /** One span per listed item ("Quý II, III" gives two); null when the reading is not a real date. */
  spans: (year: number) => (TimeSpan | null)[];
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const QUARTER_NUMBER = '(?:iv|iii|ii|i|[1-4])(?![a-z0-9])';
const LIST_SEPARATOR = '(?:,|\\+|;|&|va|-|–|den)';
const YEAR_SUFFIX = '(?:\\s*[/-]\\s*(\\d{4})|\\s+nam\\s+(\\d{4}))?';

const PATTERNS: { regex: RegExp; read: (m: RegExpExecArray) => Omit<TimeExpression, 'from' | 'to'> | null }[] = [
  {
    // "ngày 15 tháng 01 năm 2025"
    regex: /\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/g,
    read: (m) => dayExpression(m[1], m[2], m[3]),
  },
  {
    // "15/01/2025", "15-01-2025", "15.01.2025"
    regex: /(?<![\d/.,])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/])/g,
    read: (m) => dayExpression(m[1], m[3], m[4]),
  },
  {
    // "Quý I/2025", "Quý II, III/2025", "Quý I-IV năm 2025", "Quý II và Quý IV/2025"
    regex: new RegExp(
      `\\bquy\\s*(${QUARTER_NUMBER}(?:\\s*${LIST_SEPARATOR}\\s*(?:quy\\s*)?${QUARTER_NUMBER})*)${YEAR_SUFFIX}`,
      'g',
    ),
    read: (m) =>
      listExpression(m[1] ?? '', m[2] ?? m[3], QUARTER_NUMBER, (n) => ROMAN[n] ?? null, 4, quarterRange, 'Quý'),
  },
  {
    // "Tháng 12/2025", "Tháng 6 và tháng 12", "tháng 3-4/2025", "tháng 12 năm 2025"
    regex: new RegExp(
      `\\bthang\\s*(\\d{1,2}(?!\\d)(?:\\s*${LIST_SEPARATOR}\\s*(?:thang\\s*)?\\d{1,2}(?!\\d))*)${YEAR_SUFFIX}`,
      'g',
    ),
    read: (m) => listExpression(m[1] ?? '', m[2] ?? m[3], '\\d{1,2}', (n) => Number(n), 12, monthRange, 'Tháng'),
  },
  {
    // "6 tháng đầu năm", "6 tháng cuối năm 2025", "9 tháng đầu năm"
    regex: /\b(6|sau|9|chin)\s+thang\s+(dau|cuoi)\s+nam(?:\s+(\d{4}))?/g,
    read: (m) => {
      const months = m[1] === '6' || m[1] === 'sau' ? 6 : 9;
      const [first, last] = m[2] === 'cuoi' ? [13 - months, 12] : [1, months];
      return fixed(m[3], (year) => ({ kind: 'period', ...monthRange(year, first, last) }));
    },
  },
  {
    // "12/2025": a month
    regex: /(?<![\d/.,])(\d{1,2})\s*\/\s*(\d{4})(?![\d/])/g,
    read: (m) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      return fixed(m[2], (year) => ({ kind: 'period', ...monthRange(year, month) }));
    },
  },
  {
    // "15/7": a date in the plan year
    regex: /(?<![\d/.,])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/]|\s*\/\s*\d)/g,
    read: (m) => dayExpression(m[1], m[2], undefined),
  },
  {
    // "Năm 2025", "Cả năm 2025", "Trong năm 2024", "giai đoạn 2021-2025", "đến hết năm 2025"
    regex:
      /\b(?:ca\s+nam|trong\s+nam|suot\s+nam|den\s+het\s+nam|het\s+nam|den\s+nam|nam|giai\s+doan)\s+(\d{4})(?:\s*[-–]\s*(\d{4}))?(?!\d)/g,
    read: (m) => yearExpression(m[1], m[2]),
  },
  {
    // "Cả năm", "Trong năm" without a year: the plan year
    regex: /\b(?:ca|trong|suot)\s+nam\b(?!\s*\d)/g,
    read: () => fixed(undefined, (year) => ({ kind: 'period', ...yearRange(year) })),
  },
  {
    // a cell that is only a year: "2025", "2025-2026"
    regex: /^\s*(\d{4})(?:\s*[-–]\s*(\d{4}))?\s*$/g,
    read: (m) => yearExpression(m[1], m[2]),
  },
];

/** All time expressions in folded text, left to right, without overlaps (longest first at a position). */
export function findTimeExpressions(folded: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const { regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(folded); m !== null; m = regex.exec(folded)) {
      const expression = read(m);
      if (expression) found.push({ ...expression, from: m.index, to: m.index + m[0].length });
      if (m[0].length === 0) regex.lastIndex++;
    }
  }
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: TimeExpression[] = [];
  for (const expression of found) {
    const last = kept[kept.length - 1];
    if (!last || expression.from >= last.to) kept.push(expression);
  }
  return mergeRanges(folded, kept);
}

/** "từ ngày 01/3/2025 đến ngày 30/6/2025", "từ tháng 3 đến tháng 6/2025": one period. */
function mergeRanges(folded: string, expressions: TimeExpression[]): TimeExpression[] {
  const merged: TimeExpression[] = [];
  for (const expression of expressions) {
    const previous = merged[merged.length - 1];
    const between = previous ? folded.slice(previous.to, expression.from) : '';
    const before = previous ? folded.slice(Math.max(0, previous.from - 12), previous.from) : '';
    const joined = /^\s*(?:-|–|den|toi)\s*(?:het\s+)?(?:ngay\s+)?$/.test(between);
    // "từ ngày A đến ngày B", or two periods joined by a dash: "Quý IV/2024 - Quý I/2025".
    if (
      previous &&
      joined &&
      (/\btu\s+(?:ngay\s+)?$/.test(before) || (isSinglePeriod(previous) && isSinglePeriod(expression)))
    ) {
      const first = previous;
      merged[merged.length - 1] = {
        from: first.from,
        to: expression.to,
        year: expression.year ?? first.year,
        spans: (year) => {
          const a = first.spans(first.year ?? year)[0];
          const b = expression.spans(year).slice(-1)[0];
          if (!a || !b) return [null];
          return [{ kind: 'period', start: a.start ?? a.due, due: b.due }];
        },
      };
    } else {
      merged.push(expression);
    }
  }
  return merged;
}

function isSinglePeriod(expression: TimeExpression): boolean {
  const spans = expression.spans(2000);
  return spans.length === 1 && spans[0]?.kind === 'period';
}

function dayExpression(day: string | undefined, month: string | undefined, year: string | undefined) {
  const d = Number(day);
  const m = Number(month);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return fixed(year, (y) => (isValidDate(y, m, d) ? { kind: 'date', start: null, due: toIso(y, m, d) } : null));
}

function yearExpression(first: string | undefined, last: string | undefined) {
  const a = Number(first);
  const b = last === undefined ? a : Number(last);
  if (!isPlausibleYear(a) || !isPlausibleYear(b) || b < a) return null;
  return { year: a, spans: () => [{ kind: 'period' as const, ...yearRange(a, b) }] };
}

function fixed(year: string | undefined, span: (year: number) => TimeSpan | null) {
  const written = year === undefined ? null : Number(year);
  if (written !== null && !isPlausibleYear(written)) return null;
  return { year: written, spans: (y: number) => [span(written ?? y)] };
}

/** A list of quarters or months: "II, III" (two spans) or "I-IV" (one span). */
function listExpression(
  listText: string,
  year: string | undefined,
  numberPattern: string,
  toNumber: (token: string) => number | null,
  max: number,
  range: (year: number, first: number, last: number) => { start: string; due: string },
  name: 'Quý' | 'Tháng',
) {
  const tokens = listText.match(new RegExp(`${numberPattern}|,|\\+|;|&|\\bva\\b|-|–|\\bden\\b`, 'g')) ?? [];
  const items: { first: number; last: number }[] = [];
  let rangeNext = false;
  for (const token of tokens) {
    const n = toNumber(token);
    if (n !== null && Number.isInteger(n)) {
      if (n < 1 || n > max) return null;
      const last = items[items.length - 1];
      if (rangeNext && last && n > last.last) last.last = n;
      else items.push({ first: n, last: n });
      rangeNext = false;
    } else {
      rangeNext = token === '-' || token === '–' || token === 'den';
    }
  }
  if (items.length === 0) return null;
  const written = year === undefined ? null : Number(year);
  if (written !== null && !isPlausibleYear(written)) return null;
  return {
    year: written,
    spans: (y: number) =>
      items.map(({ first, last }) => ({
        kind: 'period' as const,
        ...range(written ?? y, first, last),
        text: listItemName(name, first, last, written ?? y),
      })),
  };
}

const ROMAN_NAMES = ['', 'I', 'II', 'III', 'IV'];

function listItemName(name: 'Quý' | 'Tháng', first: number, last: number, year: number): string {
  const show = (n: number) => (name === 'Quý' ? (ROMAN_NAMES[n] ?? String(n)) : String(n));
  return `${name} ${show(first)}${last > first ? `-${show(last)}` : ''}/${year}`;
}
