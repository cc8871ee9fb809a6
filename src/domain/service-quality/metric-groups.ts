/**
 * The three groups the portal publishes metric by metric (CKMB, MDHL, MDSH): each metric's score from
 * its own numerator and denominator, then the group as the sum of the metrics that have a score.
 * A metric whose counts are missing gives null (left out); a metric code the formula does not know
 * gives nothing, as the two petition-classification metrics of MDHL carry 0 points.
 */
import type { MetricCounts } from './groups.js';
import { againstTarget, ratioOf, round2, sumPresent } from './numbers.js';

type MetricRule = (counts: MetricCounts) => number | null;

/** `max × r`; no score when there is nothing to divide by (the description names no fixed score). */
const proportional =
  (max: number): MetricRule =>
  ({ numerator, denominator }) => {
    const r = ratioOf(numerator, denominator);
    return r === null ? null : max * r;
  };

/** `min(max, max·r/T)`, rounded to two decimals; no score when there is nothing to divide by. */
const cappedRounded =
  (max: number, target = 1): MetricRule =>
  ({ numerator, denominator }) => {
    const r = ratioOf(numerator, denominator);
    return r === null ? null : round2(againstTarget(max, r, target));
  };

/** When the denominator is 0 (none to judge) the portal gives `whenNone` points; a missing count gives no score. */
const withFixedWhenNone =
  (whenNone: number, rule: MetricRule): MetricRule =>
  (counts) =>
    counts.denominator === 0 ? whenNone : rule(counts);

export const TRANSPARENCY_RULES: Record<string, MetricRule> = {
  PUBLISH_ON_TIME: proportional(6),
  PUBLIC_UPDATE_ON_TIME: proportional(4),
  PUBLIC_CONTENT_FULL: proportional(2),
  DOSSIER_SYNC: proportional(6),
};

export const SATISFACTION_RULES: Record<string, MetricRule> = {
  // 0 when there were no dossiers; 6 when there were no petitions (PAKN).
  DOSSIER_RECEIVING_SATISFACTION: withFixedWhenNone(0, ({ numerator, denominator }) => {
    const r = ratioOf(numerator, denominator);
    return r === null ? null : againstTarget(6, r, 0.9);
  }),
  PETITION_PROCESSING_ON_TIME: withFixedWhenNone(6, proportional(6)),
  PETITION_HANDLING_SATISFACTION: withFixedWhenNone(6, proportional(6)),
};

export const DIGITISATION_RULES: Record<string, MetricRule> = {
  ORIGINAL_RESULT_AVAILABLE: cappedRounded(6),
  SO_HOA_GIAY_TO_GIAI_QUYET: cappedRounded(4),
  ELECTRONIC_CERTIFIED_COPY: cappedRounded(2),
  REUSED_DIGITIZED_DATA: cappedRounded(2, 0.8),
  SYNCED_WITH_DVCQG_PERSONAL_STORAGE: cappedRounded(4),
  CITIZEN_DATA_CONNECTED_DOSSIER: cappedRounded(2),
  CITIZEN_DATA_CONNECTED_FORMALITY: cappedRounded(2),
};

export interface MetricScore {
  code: string;
  score: number | null;
}

/** Each known metric's score, in the order given. */
export function scoreMetrics(rules: Record<string, MetricRule>, metrics: readonly MetricCounts[]): MetricScore[] {
  return metrics.flatMap((m) => {
    const rule = rules[m.code];
    return rule ? [{ code: m.code, score: rule(m) }] : [];
  });
}

/** The group's score: the sum of its metrics' scores (nulls left out), two decimals; null when none has one. */
export function metricGroupScore(rules: Record<string, MetricRule>, metrics: readonly MetricCounts[]): number | null {
  const total = sumPresent(scoreMetrics(rules, metrics).map((m) => m.score));
  return total === null ? null : round2(total);
}
