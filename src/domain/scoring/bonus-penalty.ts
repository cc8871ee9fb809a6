/**
 * Bonus (điểm thưởng) and penalty (điểm trừ) points: each bonus or penalty node is capped at its
 * maxPoints, sits outside the maximum, and is added to (or taken from) its parent's points.
 * A parent never goes below zero.
 */
import { formatPoints, type Milli } from './decimal.js';

/** The amount a bonus or penalty node contributes after its cap. */
export function capAmount(raw: Milli, cap: Milli, kind: 'bonus' | 'penalty'): { milli: Milli; detail?: string } {
  if (raw <= cap) return { milli: raw };
  const what = kind === 'bonus' ? 'Tổng điểm thưởng' : 'Tổng điểm trừ';
  return {
    milli: cap,
    detail: `${what} ${formatPoints(raw)} vượt mức tối đa ${formatPoints(cap)}: tính ${formatPoints(cap)} điểm`,
  };
}

/** A node's points once its bonus and penalty children are applied. */
export function applyBonusAndPenalty(base: Milli, bonus: Milli, penalty: Milli): { milli: Milli; detail?: string } {
  const raw = base + bonus - penalty;
  if (raw >= 0) return { milli: raw };
  return { milli: 0, detail: `Điểm trừ ${formatPoints(penalty)} lớn hơn số điểm đạt được: tính 0 điểm` };
}
