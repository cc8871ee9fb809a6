/**
 * The catalogue's qd766.* values of a unit and period from the portal rows cchc stored: the published
 * score (the official one) with the recomputed one named in its source, the total of the groups that
 * have a score, and three published rates with their numerators and denominators.
 */
import type { Qd766FigureKey } from '../figures/qd766-figures.js';
import { GROUP_MAX, GROUP_NAME_VI, SERVICE_QUALITY_GROUPS, type ServiceQualityGroup } from './groups.js';
import { round2 } from './numbers.js';
import { totalScore } from './total.js';

/** One stored group row (db/queries/service-figures/published-figures.ts). */
export interface StoredGroupFigure {
  unitId: string;
  groupCode: ServiceQualityGroup;
  publishedScore: number | null;
  recomputedScore: number | null;
  differs: boolean;
  counts: unknown;
  metrics: unknown;
  qualityFlags: unknown;
}

export interface Qd766FigureValue {
  key: Qd766FigureKey;
  unitId: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  source: { label: string; link?: string };
}

const PORTAL = 'Cổng Dịch vụ công quốc gia';
const points = (n: number) => n.toFixed(2).replace('.', ',');

const numberIn = (record: unknown, field: string): number | null => {
  const value = (record as Record<string, unknown> | null)?.[field];
  return typeof value === 'number' ? value : null;
};

function metricCounts(row: StoredGroupFigure | undefined, code: string) {
  const metric = Array.isArray(row?.metrics)
    ? (row.metrics as unknown[]).find((m) => (m as { code?: unknown } | null)?.code === code)
    : undefined;
  return { numerator: numberIn(metric, 'numerator'), denominator: numberIn(metric, 'denominator') };
}

function scoreValue(
  key: Qd766FigureKey,
  unitId: string,
  group: ServiceQualityGroup,
  row: StoredGroupFigure | undefined,
): Qd766FigureValue {
  const base = { key, unitId, numerator: null, denominator: null };
  if (!row || row.publishedScore === null)
    return {
      ...base,
      value: null,
      source: { label: `${PORTAL} chưa công bố điểm nhóm “${GROUP_NAME_VI[group]}” của đơn vị cho kỳ này` },
    };
  const check =
    row.recomputedScore === null
      ? ''
      : row.differs
        ? `; cchc tính lại ${points(row.recomputedScore)}, lệch quá 0,01 điểm`
        : `; cchc tính lại ${points(row.recomputedScore)}`;
  const flags =
    Array.isArray(row.qualityFlags) && row.qualityFlags.length > 0
      ? `; có ${row.qualityFlags.length} cảnh báo chất lượng dữ liệu`
      : '';
  return {
    ...base,
    value: row.publishedScore,
    source: { label: `${PORTAL} công bố ${points(row.publishedScore)}/${GROUP_MAX[group]} điểm${check}${flags}` },
  };
}

function rateValue(
  key: Qd766FigureKey,
  unitId: string,
  counts: { numerator: number | null; denominator: number | null },
  what: string,
): Qd766FigureValue {
  const { numerator, denominator } = counts;
  if (numerator === null || denominator === null || denominator <= 0)
    return {
      key,
      unitId,
      numerator: null,
      denominator: null,
      value: null,
      source: { label: `${PORTAL} chưa có số liệu ${what} của đơn vị cho kỳ này` },
    };
  return {
    key,
    unitId,
    numerator,
    denominator,
    value: round2((100 * numerator) / denominator),
    source: { label: `${numerator}/${denominator} ${what} (${PORTAL} công bố)` },
  };
}

const SCORE_KEYS: Record<ServiceQualityGroup, Qd766FigureKey> = {
  CKMB: 'qd766.CKMB.score',
  TDGQ: 'qd766.TDGQ.score',
  CLGQ: 'qd766.CLGQ.score',
  TTTT: 'qd766.TTTT.score',
  MDHL: 'qd766.MDHL.score',
  MDSH: 'qd766.MDSH.score',
};

/** One value per unit asked and key asked; a unit without stored rows gets null values, never 0. */
export function qd766FigureValues(
  rows: readonly StoredGroupFigure[],
  unitIds: readonly string[],
  keys: readonly string[],
): Qd766FigureValue[] {
  return unitIds.flatMap((unitId) => {
    const byGroup = new Map(rows.filter((r) => r.unitId === unitId).map((r) => [r.groupCode, r]));
    const scores = SERVICE_QUALITY_GROUPS.map((g) => scoreValue(SCORE_KEYS[g], unitId, g, byGroup.get(g)));
    const published = scores.filter((s) => s.value !== null);
    const total = totalScore(scores.map((s) => s.value));
    const progress = byGroup.get('TDGQ');
    const payment = byGroup.get('TTTT');
    const values: Qd766FigureValue[] = [
      ...scores,
      {
        key: 'qd766.total.score',
        unitId,
        numerator: null,
        denominator: null,
        value: total,
        source: {
          label:
            total === null
              ? `${PORTAL} chưa công bố điểm nhóm nào của đơn vị cho kỳ này`
              : `Tổng ${published.length}/6 nhóm điểm ${PORTAL} công bố`,
        },
      },
      rateValue(
        'qd766.TDGQ.on_time_rate',
        unitId,
        {
          numerator: numberIn(progress?.counts, 'totalOnTime'),
          denominator: numberIn(progress?.counts, 'totalReceived'),
        },
        'hồ sơ giải quyết đúng hạn',
      ),
      rateValue(
        'qd766.TTTT.paid_online_rate',
        unitId,
        {
          numerator: numberIn(payment?.counts, 'totalDossierOnlinePaymentSuccess'),
          denominator: numberIn(payment?.counts, 'totalDossierFinancialObligation'),
        },
        'hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến',
      ),
      rateValue(
        'qd766.MDHL.satisfaction_rate',
        unitId,
        metricCounts(byGroup.get('MDHL'), 'DOSSIER_RECEIVING_SATISFACTION'),
        'đánh giá hài lòng về tiếp nhận, giải quyết hồ sơ',
      ),
    ];
    return values.filter((v) => keys.includes(v.key));
  });
}
