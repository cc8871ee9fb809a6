/**
 * A unit row of the national portal's published answers (QĐ 766 pages), as cchc keeps it once read:
 * what was published (the official score) and the counts the row carries, from which cchc recomputes.
 */
import type { ServiceQualityGroup } from './groups.js';

/** The portal's names for its six answers: three trees of totals, three evaluations metric by metric. */
export const PORTAL_GROUPS = [
  'transparency',
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
  'handling-satisfaction',
  'dossier-digitized',
] as const;
export type PortalGroup = (typeof PORTAL_GROUPS)[number];

export const GROUP_OF_PORTAL: Record<PortalGroup, ServiceQualityGroup> = {
  transparency: 'CKMB',
  'dvc-progress-tree': 'TDGQ',
  'provide-online-tree': 'CLGQ',
  'formality-online-payment-tree': 'TTTT',
  'handling-satisfaction': 'MDHL',
  'dossier-digitized': 'MDSH',
};

export const TREE_GROUPS: readonly PortalGroup[] = [
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
];

/** The counts each tree group (and the satisfaction rows) carry, by the portal's own field names. */
export const COUNT_FIELDS: Record<PortalGroup, readonly string[]> = {
  'dvc-progress-tree': ['totalReceived', 'totalOnTime', 'totalOverdue', 'avgProcessingDays', 'totalCompleted'],
  'provide-online-tree': [
    'authorityCount',
    'partialCount',
    'fullCount',
    'onlineDossierCount',
    'onlineServiceTotal',
    'channelOnlineSum',
    'channelDirectSum',
    'channelPostalSum',
    'channelTotalSum',
    'onlineOnTimeSum',
    'onlineOverdueSum',
  ],
  'formality-online-payment-tree': [
    'totalDossierOnlinePaymentSuccess',
    'totalDossierFinancialObligation',
    'totalDossierOnlineFormalityPaymentSuccess',
    'totalFeeDossierFormalityDistinct',
    'totalFeeDossierFormality',
    'totalFeeFormality',
  ],
  'handling-satisfaction': ['totalPetitions', 'classifiedPetitions', 'totalDossiers', 'averageScore'],
  transparency: [],
  'dossier-digitized': [],
};

/** A data-quality remark the portal attached to a row or one of its metrics; kept and shown as published. */
export interface QualityFlag {
  metricCode: string | null;
  status: string | null;
  message: string | null;
}

export interface PortalMetric {
  code: string;
  name: string | null;
  numerator: number | null;
  denominator: number | null;
  /** A percentage 0–100, as published. */
  ratio: number | null;
  score: number | null;
  maxScore: number | null;
}

export interface PublishedScore {
  score: number | null;
  maxScore: number | null;
  ratio: number | null;
  scoreDelta: number | null;
}

export interface PortalRow {
  /** `parent` and `child` in a tree answer; `row` in an evaluation answer. */
  position: 'parent' | 'child' | 'row';
  departmentId: string | null;
  departmentCode: string | null;
  departmentName: string | null;
  level: string | null;
  published: PublishedScore;
  /** The row's own counts (COUNT_FIELDS of its group); a field the row does not carry is absent. */
  counts: Record<string, number | null>;
  metrics: PortalMetric[];
  qualityFlags: QualityFlag[];
}

export interface PortalFigures {
  group: PortalGroup;
  rows: PortalRow[];
  /** Things a reader should know, in Vietnamese (an answer that is one page of several). */
  warnings: string[];
}
