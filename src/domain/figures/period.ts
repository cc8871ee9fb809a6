/**
 * The period a figure is computed for: from and to, both ISO dates and both included. Months, quarters,
 * the first 6 and 9 months and the whole year are the periods CCHC reports in.
 */
export interface FigurePeriod {
  from: string;
  to: string;
}

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The last day of a month (1..12). */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Months `first`..`last` (1..12) of a year. */
function months(year: number, first: number, last: number): FigurePeriod {
  return { from: iso(year, first, 1), to: iso(year, last, lastDay(year, last)) };
}

export const monthOf = (year: number, month: number): FigurePeriod => months(year, month, month);
export const quarterOf = (year: number, quarter: 1 | 2 | 3 | 4): FigurePeriod =>
  months(year, quarter * 3 - 2, quarter * 3);
export const firstHalfOf = (year: number): FigurePeriod => months(year, 1, 6);
export const nineMonthsOf = (year: number): FigurePeriod => months(year, 1, 9);
export const yearOf = (year: number): FigurePeriod => months(year, 1, 12);

export const isDateInPeriod = (date: string, period: FigurePeriod): boolean => date >= period.from && date <= period.to;

/** The periods a request names by a year and a span (the year, its first 9 or 6 months, a quarter, a month). */
export const FIGURE_SPANS = [
  'year',
  'nine_months',
  'first_half',
  'q1',
  'q2',
  'q3',
  'q4',
  ...(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11', 'm12'] as const),
] as const;
export type FigureSpan = (typeof FIGURE_SPANS)[number];

export function periodOfSpan(year: number, span: FigureSpan): FigurePeriod {
  if (span === 'year') return yearOf(year);
  if (span === 'nine_months') return nineMonthsOf(year);
  if (span === 'first_half') return firstHalfOf(year);
  if (span.startsWith('q')) return quarterOf(year, Number(span.slice(1)) as 1 | 2 | 3 | 4);
  return monthOf(year, Number(span.slice(1)));
}
