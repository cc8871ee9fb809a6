/**
 * Points are stored as integers of 1/1000 point ("milli-points"): sums are exact, and every
 * rounding happens in one place, on purpose. Display is two decimals, Vietnamese style.
 */
import { formatNumberVi } from '../text/format.js';
import { fromNumber, rational, roundToScale, type Rational } from './rational.js';

/** An integer number of thousandths of a point. */
export type Milli = number;

export const MILLI_PER_POINT = 1000;

/** 8.53 → 8530. Values with more than three decimals are rounded half away from zero. */
export function toMilli(points: number): Milli {
  // Fast path: a number with at most three decimals lands within float noise of an integer,
  // and anything that close rounds to that integer anyway. Others go through exact decimals.
  const scaled = points * 1000;
  const nearest = Math.round(scaled);
  if (Math.abs(scaled - nearest) < 1e-6 && Number.isSafeInteger(nearest)) return nearest;
  return Number(roundToScale(fromNumber(points), 1000n));
}

/** An exact fraction of a point → milli-points, rounded half away from zero. */
export const rationalToMilli = (value: Rational): Milli => Number(roundToScale(value, 1000n));

export const milliToRational = (milli: Milli): Rational => rational(BigInt(milli), 1000n);

/** 8530 → 8.53 (exact: the result has at most three decimals). */
export const fromMilli = (milli: Milli): number => milli / MILLI_PER_POINT;

/** Whether a number is written with at most three decimals (the stored precision). */
export const hasAtMostThreeDecimals = (value: number): boolean =>
  Number.isFinite(value) && 1000n % fromNumber(value).d === 0n;

/** Milli-points rounded to hundredths, halves away from zero: what a document prints. */
export function toDisplayedCenti(milli: Milli): number {
  const magnitude = Math.floor((Math.abs(milli) + 5) / 10);
  return milli < 0 ? -magnitude : magnitude;
}

/** 86445 → "86,45" (at most two decimals, Vietnamese decimal comma). */
export const formatPoints = (milli: Milli): string => formatNumberVi(toDisplayedCenti(milli) / 100, 2);

/** A percentage held as thousandths of a percent → "92,84". */
export const formatPercent = (milliPercent: number): string => formatNumberVi(toDisplayedCenti(milliPercent) / 100, 2);

/** points / max × 100 as thousandths of a percent (null when max is 0). */
export function percentMilli(points: Milli, max: Milli): number | null {
  if (max === 0) return null;
  return Number(roundToScale(rational(BigInt(points) * 100n, BigInt(max)), 1000n));
}
