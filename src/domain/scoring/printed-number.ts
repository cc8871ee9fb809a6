/**
 * Numbers as a document prints them. "8,53" stands for anything that rounds to 8,53, i.e. the
 * interval [8,525; 8,535]; the number of decimals written sets the width. Consistency checks
 * compare such intervals, so a total that differs from its parts only by rounding is explained,
 * not flagged.
 */
import { AppError } from '../errors.js';
import { add, fromNumber, parseDecimal, rational, sub, type Rational } from './rational.js';

/** A printed figure: a number (its decimals as written in code), a Vietnamese string, or an explicit precision. */
export type Printed = number | string | { value: number; decimals: number };

export interface Interval {
  value: Rational;
  lo: Rational;
  hi: Rational;
  decimals: number;
}

const decimalsOf = (text: string) => (text.includes('.') ? (text.split('.')[1] ?? '').replace(/e.*$/i, '').length : 0);

/** Reads "1.607,5" or "86,44"; a dot that is not a thousands separator is ambiguous and refused. */
export function parseVietnameseNumber(text: string): { value: Rational; decimals: number } {
  const trimmed = text.trim().replace(/\s|%/g, '');
  if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(trimmed) && !/^-?\d+(,\d+)?$/.test(trimmed))
    throw new AppError('AMBIGUOUS_NUMBER', { text });
  const [whole = '', fraction = ''] = trimmed.replace(/\./g, '').split(',');
  return { value: parseDecimal(fraction ? `${whole}.${fraction}` : whole), decimals: fraction.length };
}

export function readPrinted(printed: Printed): Interval {
  const { value, decimals } =
    typeof printed === 'string'
      ? parseVietnameseNumber(printed)
      : typeof printed === 'number'
        ? { value: fromNumber(printed), decimals: decimalsOf(String(printed)) }
        : { value: fromNumber(printed.value), decimals: printed.decimals };
  const half = rational(5n, 10n ** BigInt(decimals + 1));
  return { value, lo: sub(value, half), hi: add(value, half), decimals };
}

/** An exact figure (a maximum, a sum of maxima): an interval of width zero. */
export const exact = (value: Rational, decimals = 3): Interval => ({ value, lo: value, hi: value, decimals });

export const sumIntervals = (items: readonly Interval[]): Interval =>
  items.reduce(
    (acc, i) => ({
      value: add(acc.value, i.value),
      lo: add(acc.lo, i.lo),
      hi: add(acc.hi, i.hi),
      decimals: Math.max(acc.decimals, i.decimals),
    }),
    exact(rational(0n), 0),
  );

export const negate = (i: Interval): Interval => ({
  value: rational(-i.value.n, i.value.d),
  lo: rational(-i.hi.n, i.hi.d),
  hi: rational(-i.lo.n, i.lo.d),
  decimals: i.decimals,
});
