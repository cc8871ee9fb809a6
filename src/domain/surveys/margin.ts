/**
 * How far a satisfaction share can be trusted: the Wilson score interval at 95 % (it stays inside 0–1 and
 * behaves at 0 % and 100 %, where the normal approximation gives a zero-width interval), and the warning
 * "sample too small to trust" when fewer than 30 people answered or the margin is above 10 points.
 */
import type { SatisfactionCount } from './satisfaction.js';

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;
/** Fewer respondents than this: too small to trust. */
export const MIN_RESPONDENTS = 30;
/** A margin above this (in points of percentage, as a share 0–1): too small to trust. */
export const MAX_MARGIN = 0.1;

export interface WilsonInterval {
  /** Lower and upper bounds, shares 0–1. */
  low: number;
  high: number;
  /** Half the interval's width, a share 0–1 (10 points = 0.1). */
  margin: number;
}

/** The Wilson score interval of `successes` among `trials`, or `null` when there is no trial. */
export function wilsonInterval(successes: number, trials: number, z = Z_95): WilsonInterval | null {
  if (!(trials > 0) || successes < 0 || successes > trials) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  const low = Math.max(0, centre - half);
  const high = Math.min(1, centre + half);
  return { low, high, margin: (high - low) / 2 };
}

export type SampleWarning = 'no_answers' | 'few_respondents' | 'wide_margin';

export interface SatisfactionFigure extends SatisfactionCount {
  /** The share satisfied, 0–1; `null` with no answer. */
  share: number | null;
  interval: WilsonInterval | null;
  /** Respondents behind the figure (for a single item the same as its answers). */
  respondents: number;
  /** Why the figure is not to be trusted; empty when it may be. */
  warnings: SampleWarning[];
  tooSmall: boolean;
}

/**
 * A satisfaction count read as a figure: share, 95 % Wilson interval, and the too-small warning. `respondents`
 * defaults to the number of answers (one item); for a pillar or a unit pass the number of responses.
 */
export function satisfactionFigure(count: SatisfactionCount, respondents = count.answers): SatisfactionFigure {
  const interval = wilsonInterval(count.satisfied, count.answers);
  const warnings: SampleWarning[] = [];
  if (count.answers === 0) warnings.push('no_answers');
  else {
    if (respondents < MIN_RESPONDENTS) warnings.push('few_respondents');
    if (interval && interval.margin > MAX_MARGIN) warnings.push('wide_margin');
  }
  return {
    satisfied: count.satisfied,
    answers: count.answers,
    share: count.answers > 0 ? count.satisfied / count.answers : null,
    interval,
    respondents,
    warnings,
    tooSmall: warnings.length > 0,
  };
}
