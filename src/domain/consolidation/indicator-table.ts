/**
 * The indicator table of a report: one row per plan target with its level, the value reached and a
 * verdict (đạt / chưa đạt / có nguy cơ from evaluateIndicator) only where there is a figure to judge.
 *
 * What counts as the figure ("Kết quả") of a target for a period:
 * - the coordinator's province-wide figure, when entered;
 * - for a count, the sum of the responsible units' figures once every one of them has reported;
 * - nothing else. Units report rates (%) without their numerators and denominators, so a mean of their
 *   percentages is not the province's rate (a commune of 20 files weighs as much as a ward of 2 000), and a
 *   partial sum is not the province's count: the row then shows how many responsible units reported
 *   ("k/n đơn vị báo cáo") and how many of them meet the target, with no verdict for the whole.
 * Targets printed twice in a plan (the same subject, comparator, value, unit and level, e.g. once in the
 * text and once in the appendix) are one row, so the same target never carries two verdicts.
 */
import { indicatorsForUnit } from '../reporting/indicator-responsibility.js';
import {
  evaluateIndicator,
  formatTargetValue,
  meetsTarget,
  NO_DATA_LABEL,
  type IndicatorEvaluation,
  type YearPeriod,
} from '../reporting/indicator-status.js';
import { foldVietnamese } from '../text/fold.js';
import { formatNumberVi } from '../text/format.js';
import { groupBy } from './rates.js';
import type { IndicatorValueRow, ReportAssignment, ReportIndicator, ReportUnit } from './types.js';

export const TARGET_LEVEL_LABELS: Record<NonNullable<ReportIndicator['level']> | 'none', string> = {
  province: 'Cấp tỉnh',
  department: 'Sở, ban, ngành',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  all: 'Các cấp',
  none: 'Toàn tỉnh',
};

export interface IndicatorRow {
  indicatorId: string;
  /** Every plan target this row stands for (more than one where the plan printed the same target twice). */
  indicatorIds: string[];
  areaCode: string | null;
  subject: string;
  text: string;
  /** The level the target applies to, as a code ('none': province-wide), for labels in other languages. */
  level: keyof typeof TARGET_LEVEL_LABELS;
  levelLabel: string;
  /** "≥ 90%". */
  targetLabel: string;
  unit: string;
  /** The figure for the whole of the target's scope; null when there is none (see the rule above). */
  value: number | null;
  source: 'coordinator' | 'units' | null;
  /** Responsible units that gave a figure for the period. */
  reportingUnits: number;
  /** Units that answer for the target (those whose report form asks for it). */
  expectedUnits: number;
  /** Reporting units whose own figure meets the target. */
  unitsMeeting: number;
  /** "Kết quả" as printed: the figure, else the units' coverage, else "—". */
  resultLabel: string;
  evaluation: IndicatorEvaluation;
}

/** Same target, printed twice: same subject (folded), comparator, value, unit and level. */
const targetKey = (i: ReportIndicator) =>
  [foldVietnamese(i.subject).replace(/\s+/g, ' ').trim(), i.comparator, i.target, i.unit, i.level ?? ''].join('|');

/** The units whose report form asks for the target: the rule of the forms (indicatorsForUnit), applied to the dataset. */
function responsibleUnits(
  indicators: readonly ReportIndicator[],
  units: readonly ReportUnit[],
  assignments: readonly ReportAssignment[],
): Set<string> {
  const led = groupBy(assignments, (a) => a.unitId);
  const scopes = indicators.map((i) => ({ id: i.id, level: i.level, activityId: i.activityId ?? null }));
  return new Set(
    units
      .filter(
        (u) => indicatorsForUnit(scopes, u.kind, new Set((led.get(u.id) ?? []).map((a) => a.activityId))).length > 0,
      )
      .map((u) => u.id),
  );
}

interface PeriodFigure {
  value: number | null;
  source: 'coordinator' | 'units' | null;
  reporting: number;
  meeting: number;
}

/**
 * The figure for a target's whole scope in one period, by the rule above: the coordinator's, else a count
 * summed once every responsible unit gave one, else none. For every screen that shows a target's result.
 */
export function wholeScopeFigure(
  unit: string,
  coordinator: number | null,
  unitFigures: readonly number[],
  expectedUnits: number,
): { value: number; source: 'coordinator' | 'units' } | null {
  if (coordinator !== null) return { value: coordinator, source: 'coordinator' };
  const complete = unitFigures.length > 0 && unitFigures.length === expectedUnits;
  return unit !== '%' && complete ? { value: unitFigures.reduce((a, b) => a + b, 0), source: 'units' } : null;
}

function periodFigure(
  indicator: ReportIndicator,
  values: readonly IndicatorValueRow[],
  responsible: Set<string>,
): PeriodFigure {
  // One figure per unit even where the target was printed twice (the first of its rows wins).
  const byUnit = new Map<string, number>();
  for (const v of values)
    if (v.unitId !== null && responsible.has(v.unitId) && !byUnit.has(v.unitId)) byUnit.set(v.unitId, v.value);
  const figures = [...byUnit.values()];
  const meeting = figures.filter((f) => meetsTarget(f, indicator.comparator, indicator.target)).length;
  const whole = wholeScopeFigure(
    indicator.unit,
    values.find((v) => v.unitId === null)?.value ?? null,
    figures,
    responsible.size,
  );
  return { value: whole?.value ?? null, source: whole?.source ?? null, reporting: figures.length, meeting };
}

function formatValue(value: number, unit: string): string {
  return unit === '%' ? `${formatNumberVi(value, 2)}%` : formatNumberVi(value, 2);
}

/** One row per target (targets printed twice merged), in the order given, evaluated at `periodCode` against the year's periods. */
export function indicatorTable(
  indicators: readonly ReportIndicator[],
  values: readonly IndicatorValueRow[],
  units: readonly ReportUnit[],
  assignments: readonly ReportAssignment[],
  periodCode: string,
  yearPeriods: readonly YearPeriod[],
): IndicatorRow[] {
  const byIndicator = groupBy(values, (v) => v.indicatorId);
  return [...groupBy(indicators, targetKey).values()].map((same) => {
    const indicator = same[0]!;
    const responsible = responsibleUnits(same, units, assignments);
    const own = same.flatMap((i) => byIndicator.get(i.id) ?? []);
    const figures = new Map(
      yearPeriods.map((p) => [
        p.code,
        periodFigure(
          indicator,
          own.filter((v) => v.periodCode === p.code),
          responsible,
        ),
      ]),
    );
    const series = yearPeriods.flatMap((p) => {
      const value = figures.get(p.code)?.value;
      return value === null || value === undefined ? [] : [{ periodCode: p.code, value }];
    });
    const current = figures.get(periodCode) ?? { value: null, source: null, reporting: 0, meeting: 0 };
    const target = { comparator: indicator.comparator, value: indicator.target, unit: indicator.unit };
    const targetLabel = `${indicator.comparator.replace('>=', '≥').replace('<=', '≤')} ${formatTargetValue(indicator.target, indicator.unit)}`;
    const judged = evaluateIndicator(target, series, periodCode, yearPeriods);
    const coverage = `${formatNumberVi(current.reporting)}/${formatNumberVi(responsible.size)} đơn vị báo cáo`;
    // No figure for the whole scope this period: no verdict for it, only what the units' own figures say.
    const evaluation: IndicatorEvaluation =
      current.value !== null
        ? judged
        : {
            ...judged,
            status: null,
            label:
              current.reporting > 0
                ? `${formatNumberVi(current.meeting)}/${formatNumberVi(current.reporting)} đơn vị đạt`
                : NO_DATA_LABEL,
            explanation:
              current.reporting > 0
                ? `Chưa có số liệu chung cho chỉ tiêu ${targetLabel}: ${coverage}, trong đó ${formatNumberVi(current.meeting)} đơn vị đạt.`
                : `Chưa có số liệu báo cáo cho chỉ tiêu ${targetLabel}.`,
          };
    return {
      indicatorId: indicator.id,
      indicatorIds: same.map((i) => i.id),
      areaCode: indicator.areaCode,
      subject: indicator.subject,
      text: indicator.text,
      level: indicator.level ?? 'none',
      levelLabel: TARGET_LEVEL_LABELS[indicator.level ?? 'none'],
      targetLabel,
      unit: indicator.unit,
      value: current.value,
      source: current.source,
      reportingUnits: current.reporting,
      expectedUnits: responsible.size,
      unitsMeeting: current.meeting,
      resultLabel:
        current.value !== null ? formatValue(current.value, indicator.unit) : responsible.size > 0 ? coverage : '—',
      evaluation,
    };
  });
}

/** Targets that need attention: at risk, or missed at the year's end. */
export const indicatorsAtRisk = (rows: readonly IndicatorRow[]): IndicatorRow[] =>
  rows.filter(
    (r) => r.evaluation.status === 'at_risk' || (r.evaluation.final && r.evaluation.status === 'not_achieved'),
  );
