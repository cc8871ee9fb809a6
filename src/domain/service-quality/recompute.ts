/** A published row's score recomputed from its own counts, and whether the two disagree. */
import type { OnlineServiceCounts, PaymentCounts } from './tree-groups.js';
import { onlineServicesScore, paymentScore, progressScore } from './tree-groups.js';
import { DIGITISATION_RULES, SATISFACTION_RULES, TRANSPARENCY_RULES, metricGroupScore } from './metric-groups.js';
import type { PortalGroup, PortalRow } from './portal-row.js';

/** The published score may differ from the recomputed one by rounding; more than this is flagged. */
export const DIFFERENCE_TOLERANCE = 0.01;

const count = (row: PortalRow, field: string): number | null => row.counts[field] ?? null;

const pick = <K extends string>(row: PortalRow, fields: readonly K[]) =>
  Object.fromEntries(fields.map((f) => [f, count(row, f)])) as Record<K, number | null>;

const ONLINE_FIELDS: readonly (keyof OnlineServiceCounts)[] = [
  'authorityCount',
  'partialCount',
  'fullCount',
  'onlineDossierCount',
  'onlineServiceTotal',
  'channelOnlineSum',
  'channelTotalSum',
];
const PAYMENT_FIELDS: readonly (keyof PaymentCounts)[] = [
  'totalDossierOnlinePaymentSuccess',
  'totalDossierFinancialObligation',
  'totalDossierOnlineFormalityPaymentSuccess',
  'totalFeeDossierFormality',
  'totalFeeFormality',
];

/** null when the row carries no inputs for its group's formula (a child of the online-services tree). */
export function recomputeRow(group: PortalGroup, row: PortalRow): number | null {
  switch (group) {
    case 'dvc-progress-tree':
      return progressScore({ totalReceived: count(row, 'totalReceived'), totalOnTime: count(row, 'totalOnTime') });
    case 'provide-online-tree':
      return onlineServicesScore(pick(row, ONLINE_FIELDS));
    case 'formality-online-payment-tree':
      return paymentScore(pick(row, PAYMENT_FIELDS));
    case 'transparency':
      return metricGroupScore(TRANSPARENCY_RULES, row.metrics);
    case 'handling-satisfaction':
      return metricGroupScore(SATISFACTION_RULES, row.metrics);
    case 'dossier-digitized':
      return metricGroupScore(DIGITISATION_RULES, row.metrics);
  }
}

/** True when both exist and differ by more than 0.01 points (a float hair over it is not a difference). */
export function differsFromPublished(published: number | null, recomputed: number | null): boolean {
  if (published === null || recomputed === null) return false;
  return Math.abs(published - recomputed) > DIFFERENCE_TOLERANCE + 1e-9;
}
