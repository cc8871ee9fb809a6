/** Small arithmetic shared by the QĐ 766 formulas (docs: ../shared/QD766.md). */

/** Rounded to two decimals, as the portal shows and, for some groups, adds each part. */
export function round2(value: number): number {
  // Scaled by 100 with a nudge for binary fractions such as 1.005, so 1.005 rounds up as written.
  return Math.round((value + Number.EPSILON * Math.max(1, Math.abs(value))) * 100) / 100;
}

/** numerator / denominator, or null when either is missing or the denominator is 0. */
export function ratioOf(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

/** `R ≥ T` earns the full points, otherwise `R × max / T` (the general rule where a target is set). */
export function againstTarget(max: number, ratio: number, target: number): number {
  return Math.min(max, (max * ratio) / target);
}

/** The sum of the scores that exist; null when none does (a null is never a 0). */
export function sumPresent(scores: readonly (number | null)[]): number | null {
  const present = scores.filter((s): s is number => s !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}
