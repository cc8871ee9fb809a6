/** A unit's total over the six groups, and the competition ranking on it. */
import { round2, sumPresent } from './numbers.js';

/** The sum of the group scores the unit has; a null group is left out, never counted as 0. */
export function totalScore(groupScores: readonly (number | null)[]): number | null {
  const total = sumPresent(groupScores);
  return total === null ? null : round2(total);
}

/**
 * Competition ranking ("1224"): ties share a rank and the next rank skips (5, 5, 7). Totals are
 * compared at two decimals, as shown; a unit without a total gets no rank.
 */
export function competitionRanks<T>(items: readonly T[], total: (item: T) => number | null): (number | null)[] {
  const shown = items.map((item) => {
    const t = total(item);
    return t === null ? null : round2(t);
  });
  return shown.map((t) => (t === null ? null : 1 + shown.filter((other) => other !== null && other > t).length));
}
