/**
 * The three groups the portal publishes as totals from a unit's own counts (TDGQ, CLGQ, TTTT).
 * Each returns null when the counts it needs are missing (a child of the online-services tree
 * carries only its total), so "no inputs" is never read as 0 points.
 */
import { againstTarget, ratioOf, round2 } from './numbers.js';

type Count = number | null;

export interface ProgressCounts {
  totalReceived: Count;
  totalOnTime: Count;
}

/** TDGQ: `20 × totalOnTime / totalReceived`; no score when nothing was received. */
export function progressScore({ totalReceived, totalOnTime }: ProgressCounts): number | null {
  const r = ratioOf(totalOnTime, totalReceived);
  return r === null ? null : round2(20 * r);
}

export interface OnlineServiceCounts {
  authorityCount: Count;
  partialCount: Count;
  fullCount: Count;
  onlineDossierCount: Count;
  onlineServiceTotal: Count;
  channelOnlineSum: Count;
  channelTotalSum: Count;
}

/**
 * CLGQ: `min(2, 2·A/0.8) + 4·B + min(6, 6·C/0.5)` with A the share of procedures offered online,
 * B the share of online services that received dossiers, C the share of dossiers filed online.
 * The description gives no rule for a zero denominator here; a part with nothing to divide by
 * earns 0 (as in TTTT), and the score is null only when a count is missing altogether.
 */
export function onlineServicesScore(c: OnlineServiceCounts): number | null {
  const counts = [
    c.authorityCount,
    c.partialCount,
    c.fullCount,
    c.onlineDossierCount,
    c.onlineServiceTotal,
    c.channelOnlineSum,
    c.channelTotalSum,
  ];
  if (counts.some((n) => n === null)) return null;
  const offered = (c.partialCount ?? 0) + (c.fullCount ?? 0);
  const a = ratioOf(offered, c.authorityCount) ?? 0;
  const b = ratioOf(c.onlineDossierCount, c.onlineServiceTotal) ?? 0;
  const ch = ratioOf(c.channelOnlineSum, c.channelTotalSum) ?? 0;
  return round2(againstTarget(2, a, 0.8) + 4 * b + againstTarget(6, ch, 0.5));
}

export interface PaymentCounts {
  totalDossierOnlinePaymentSuccess: Count;
  totalDossierFinancialObligation: Count;
  totalDossierOnlineFormalityPaymentSuccess: Count;
  totalFeeDossierFormality: Count;
  totalFeeFormality: Count;
}

/**
 * TTTT: `6·A + min(2, 2.5·B) + 2.5·C`, each part rounded to two decimals before adding; a ratio is 0
 * when its denominator is 0.
 */
export function paymentScore(c: PaymentCounts): number | null {
  const counts = [
    c.totalDossierOnlinePaymentSuccess,
    c.totalDossierFinancialObligation,
    c.totalDossierOnlineFormalityPaymentSuccess,
    c.totalFeeDossierFormality,
    c.totalFeeFormality,
  ];
  if (counts.some((n) => n === null)) return null;
  const a = ratioOf(c.totalDossierOnlinePaymentSuccess, c.totalDossierFinancialObligation) ?? 0;
  const b = ratioOf(c.totalDossierOnlineFormalityPaymentSuccess, c.totalFeeFormality) ?? 0;
  const fees = ratioOf(c.totalFeeDossierFormality, c.totalFeeFormality) ?? 0;
  return round2(round2(6 * a) + round2(Math.min(2, 2.5 * b)) + round2(2.5 * fees));
}
