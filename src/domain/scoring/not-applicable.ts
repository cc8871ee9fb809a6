/**
 * "Not applicable" (không phát sinh): a leaf either counts as full marks or is excluded.
 * Excluded leaves change the maxima in one of two ways, chosen per criteria set:
 * - reduce_max: each ancestor's maximum drops by the excluded maximum; percentages (and the
 *   index) are taken on what remains;
 * - scale_to_parent: the parent's applicable children are re-scaled to the parent's own maximum
 *   (points × nominal / applicable), so areas keep their published maxima and totals stay out of 100.
 */
import { formatPoints, type Milli } from './decimal.js';
import { rational, roundToScale } from './rational.js';
import type { LeafEntry, NaRescaling, NotApplicableRule } from './types.js';

export type NaLeafOutcome =
  | { status: 'not_applicable'; milli: Milli; detail: string }
  | { status: 'excluded'; milli: 0; detail: string }
  | { status: 'invalid'; error: string };

/** What a leaf marked "not applicable" is worth under its rule. */
export function resolveNotApplicable(rule: NotApplicableRule | undefined, maxMilli: Milli): NaLeafOutcome {
  if (rule === 'full_marks')
    return {
      status: 'not_applicable',
      milli: maxMilli,
      detail: `Không phát sinh: tính điểm tối đa ${formatPoints(maxMilli)} điểm`,
    };
  if (rule === 'exclude')
    return { status: 'excluded', milli: 0, detail: 'Không phát sinh: không tính vào điểm tối đa' };
  return { status: 'invalid', error: 'tiêu chí này không được đánh dấu "không áp dụng".' };
}

export const isMarkedNotApplicable = (entry: LeafEntry | undefined): boolean => entry?.notApplicable === true;

export interface PartSums {
  /** Points of the regular (non-bonus) children. */
  base: Milli;
  self: Milli;
  survey: Milli;
  /** Nominal maximum of the applicable children. */
  applicableMax: Milli;
  /** Effective maximum of the applicable children (differs under reduce_max). */
  effectiveMax: Milli;
  /** Every regular child was excluded. */
  allExcluded: boolean;
}

/** A group's regular points and maximum after its children's exclusions. */
export function rescaleGroup(
  nominalMax: Milli,
  sums: PartSums,
  mode: NaRescaling,
): { base: Milli; self: Milli; survey: Milli; effectiveMax: Milli; detail?: string } {
  if (sums.allExcluded) return { base: 0, self: 0, survey: 0, effectiveMax: 0 };
  if (mode === 'reduce_max' || sums.applicableMax === nominalMax || sums.applicableMax === 0)
    return {
      base: sums.base,
      self: sums.self,
      survey: sums.survey,
      effectiveMax: mode === 'reduce_max' ? sums.effectiveMax : nominalMax,
    };
  const scale = (milli: Milli) =>
    Number(roundToScale(rational(BigInt(milli) * BigInt(nominalMax), BigInt(sums.applicableMax)), 1n));
  const base = scale(sums.base);
  const self = Math.min(base, scale(sums.self));
  return {
    base,
    self,
    // The survey part is what remains, so self + survey always equals the scaled points.
    survey: base - self,
    effectiveMax: nominalMax,
    detail: `Quy đổi do có tiêu chí không áp dụng: ${formatPoints(sums.base)}/${formatPoints(sums.applicableMax)} × ${formatPoints(nominalMax)} = ${formatPoints(base)} điểm`,
  };
}
