/**
 * What the national portal would publish for the demo units and one period (the six QĐ 766 groups), as the
 * portal's answers read into `PortalFigures`, so the demo stores them through the same import as a real file.
 * Where a group is computed from dossiers (TDGQ's on time and received, CLGQ's channels, TTTT's payments,
 * MDSH's digitised papers, CKMB's synchronised dossiers) its counts are the demo dossiers' own sums; the
 * rest (procedures published, petitions, satisfaction) are drawn per unit and period. The published score is
 * the formula's, except on the rows `differing` names, where it is off by more than 0,01 so the check shows.
 */
import type { DossierSums } from '../dossiers/dossier-figures.js';
import { onTimeOf } from '../dossiers/dossier-figures.js';
import type { ServiceQualityGroup } from '../service-quality/groups.js';
import { GROUP_MAX } from '../service-quality/groups.js';
import { round2 } from '../service-quality/numbers.js';
import {
  GROUP_OF_PORTAL,
  PORTAL_GROUPS,
  type PortalFigures,
  type PortalGroup,
  type PortalRow,
} from '../service-quality/portal-row.js';
import { recomputeRow } from '../service-quality/recompute.js';
import { hashOf, seededRandom } from './demo-dossiers.js';

export interface DemoPortalUnit {
  code: string;
  name: string;
  /** The province's own row is the trees' parent. */
  level: 'PROVINCE' | 'COMMUNE';
  parent?: boolean;
  /** The unit's dossiers of the period; null when it had none. */
  sums: DossierSums | null;
}

/** A row whose published score the demo puts off the formula: unit code and group. */
export interface DifferingRow {
  code: string;
  group: ServiceQualityGroup;
  /** Points added to the formula's score. */
  by: number;
}

const TREE: readonly PortalGroup[] = ['dvc-progress-tree', 'provide-online-tree', 'formality-online-payment-tree'];

const metric = (code: string, numerator: number, denominator: number) => ({
  code,
  name: null,
  numerator,
  denominator,
  ratio: denominator === 0 ? null : round2((100 * numerator) / denominator),
  score: null,
  maxScore: null,
});

function countsAndMetrics(
  group: PortalGroup,
  unit: DemoPortalUnit,
  random: () => number,
): Pick<PortalRow, 'counts' | 'metrics'> {
  const s = unit.sums;
  const received = s?.received ?? 0;
  const ended = s?.ended ?? 0;
  const share = (low: number, high: number) => low + random() * (high - low);
  const part = (n: number, low: number, high: number) => Math.min(n, Math.round(n * share(low, high)));
  switch (group) {
    case 'dvc-progress-tree':
      return {
        counts: {
          totalReceived: received,
          totalOnTime: s ? onTimeOf(s) : 0,
          totalOverdue: s?.overdue ?? 0,
          avgProcessingDays: round2(share(2, 9)),
          ...(unit.parent ? { totalCompleted: ended } : {}),
        },
        metrics: [],
      };
    case 'provide-online-tree': {
      const authorityCount = unit.level === 'PROVINCE' && !unit.parent ? 40 + Math.floor(random() * 120) : 60;
      const offered = part(authorityCount, 0.7, 1);
      const onlineServiceTotal = Math.max(1, part(offered, 0.6, 1));
      const partialCount = part(offered, 0.4, 0.6);
      return {
        counts: {
          authorityCount,
          partialCount,
          fullCount: offered - partialCount,
          onlineDossierCount: part(onlineServiceTotal, 0.5, 1),
          onlineServiceTotal,
          channelOnlineSum: s?.online ?? 0,
          channelDirectSum: s?.inPerson ?? 0,
          channelPostalSum: s?.postal ?? 0,
          channelTotalSum: received,
          onlineOnTimeSum: part(s?.online ?? 0, 0.9, 1),
          onlineOverdueSum: 0,
        },
        metrics: [],
      };
    }
    case 'formality-online-payment-tree': {
      const totalFeeFormality = 5 + Math.floor(random() * 20);
      const totalFeeDossierFormality = part(totalFeeFormality, 0.5, 1);
      return {
        counts: {
          totalDossierOnlinePaymentSuccess: s?.paidOnline ?? 0,
          totalDossierFinancialObligation: s?.feeBearing ?? 0,
          totalDossierOnlineFormalityPaymentSuccess: part(totalFeeDossierFormality, 0.5, 1),
          totalFeeDossierFormalityDistinct: totalFeeDossierFormality,
          totalFeeDossierFormality,
          totalFeeFormality,
        },
        metrics: [],
      };
    }
    case 'transparency': {
      const procedures = 20 + Math.floor(random() * 40);
      return {
        counts: {},
        metrics: [
          metric('PUBLISH_ON_TIME', part(procedures, 0.85, 1), procedures),
          metric('PUBLIC_UPDATE_ON_TIME', part(procedures, 0.8, 1), procedures),
          metric('PUBLIC_CONTENT_FULL', part(procedures, 0.9, 1), procedures),
          metric('DOSSIER_SYNC', part(received, 0.95, 1), received),
        ],
      };
    }
    case 'handling-satisfaction': {
      const rated = part(ended, 0.2, 0.4);
      const petitions = Math.floor(random() * 4);
      return {
        counts: {
          totalPetitions: petitions,
          classifiedPetitions: petitions,
          totalDossiers: received,
          averageScore: null,
        },
        metrics: [
          metric('DOSSIER_RECEIVING_SATISFACTION', part(rated, 0.85, 1), rated),
          metric('PETITION_PROCESSING_ON_TIME', part(petitions, 0.6, 1), petitions),
          metric('PETITION_HANDLING_SATISFACTION', part(petitions, 0.7, 1), petitions),
        ],
      };
    }
    case 'dossier-digitized':
      return {
        counts: {},
        metrics: [
          metric('ORIGINAL_RESULT_AVAILABLE', part(ended, 0.7, 1), ended),
          metric('SO_HOA_GIAY_TO_GIAI_QUYET', s?.digitised ?? 0, received),
          metric('ELECTRONIC_CERTIFIED_COPY', part(received, 0.5, 0.9), received),
          metric('REUSED_DIGITIZED_DATA', part(received, 0.3, 0.8), received),
          metric('SYNCED_WITH_DVCQG_PERSONAL_STORAGE', part(ended, 0.6, 1), ended),
          metric('CITIZEN_DATA_CONNECTED_DOSSIER', part(received, 0.5, 1), received),
          metric('CITIZEN_DATA_CONNECTED_FORMALITY', part(received, 0.6, 1), received),
        ],
      };
  }
}

/** The portal's six answers for one period; `periodKey` ("2026-03", "2026-Q1", "2026") varies the drawn figures. */
export function demoPortalFigures(
  units: readonly DemoPortalUnit[],
  periodKey: string,
  differing: readonly DifferingRow[] = [],
): PortalFigures[] {
  return PORTAL_GROUPS.map((group) => {
    const rows = units.map((unit): PortalRow => {
      const random = seededRandom(hashOf(`${unit.code}|${periodKey}|${group}`));
      const { counts, metrics } = countsAndMetrics(group, unit, random);
      const row: PortalRow = {
        position: TREE.includes(group) ? (unit.parent ? 'parent' : 'child') : 'row',
        departmentId: `demo-${unit.code}`,
        departmentCode: unit.code,
        departmentName: unit.name,
        level: unit.level,
        published: { score: null, maxScore: GROUP_MAX[GROUP_OF_PORTAL[group]], ratio: null, scoreDelta: null },
        counts,
        metrics,
        qualityFlags: [],
      };
      const formula = recomputeRow(group, row);
      const off = differing.find((d) => d.code === unit.code && d.group === GROUP_OF_PORTAL[group]);
      const score = formula === null ? null : round2(formula + (off?.by ?? 0));
      const max = GROUP_MAX[GROUP_OF_PORTAL[group]];
      return {
        ...row,
        published: { ...row.published, score, ratio: score === null ? null : round2((100 * score) / max) },
      };
    });
    return { group, rows, warnings: [] };
  });
}
