/**
 * The indicator table of a report: each plan target with its level, the value reached and đạt / chưa
 * đạt / có nguy cơ from evaluateIndicator. A target's value for a period is the coordinator's
 * province-wide figure when entered; otherwise it is made from the figures of the units of its level:
 * the mean for a rate (%), the sum for a count.
 */
import { evaluateIndicator, formatTargetValue, type IndicatorEvaluation, type YearPeriod } from '../reporting/indicator-status.js';
import { groupBy } from './rates.js';
import type { ReportIndicator, IndicatorValueRow, ReportUnit } from './types.js';

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
  areaCode: string | null;
  subject: string;
  text: string;
  /** The level the target applies to, as a code ('none': province-wide), for labels in other languages. */
  level: keyof typeof TARGET_LEVEL_LABELS;
  levelLabel: string;
  /** "≥ 90%". */
  targetLabel: string;
  unit: string;
  /** The value for the period; null when nobody reported one. */
  value: number | null;
  source: 'coordinator' | 'units' | null;
  /** Units of the level that gave a figure for the period. */
  reportingUnits: number;
  evaluation: IndicatorEvaluation;
}

function unitsOfLevel(level: ReportIndicator['level'], units: readonly ReportUnit[]): Set<string> {
  const matches = (u: ReportUnit) =>
    level === 'department' || level === 'district' || level === 'commune' ? u.kind === level : level === 'province' ? u.level === 'province' : true;
  return new Set(units.filter(matches).map((u) => u.id));
}

function periodValue(indicator: ReportIndicator, values: readonly IndicatorValueRow[], members: Set<string>): { value: number; source: 'coordinator' | 'units'; count: number } | null {
  const coordinator = values.find((v) => v.unitId === null);
  if (coordinator) return { value: coordinator.value, source: 'coordinator', count: 0 };
  const figures = values.filter((v) => v.unitId !== null && members.has(v.unitId)).map((v) => v.value);
  if (!figures.length) return null;
  const sum = figures.reduce((a, b) => a + b, 0);
  return { value: indicator.unit === '%' ? sum / figures.length : sum, source: 'units', count: figures.length };
}

/** One row per target, in the order given, evaluated at `periodCode` against the year's periods. */
export function indicatorTable(
  indicators: readonly ReportIndicator[],
  values: readonly IndicatorValueRow[],
  units: readonly ReportUnit[],
  periodCode: string,
  yearPeriods: readonly YearPeriod[],
): IndicatorRow[] {
  const byIndicator = groupBy(values, (v) => v.indicatorId);
  return indicators.map((indicator) => {
    const members = unitsOfLevel(indicator.level, units);
    const own = byIndicator.get(indicator.id) ?? [];
    const series = yearPeriods.flatMap((p) => {
      const found = periodValue(indicator, own.filter((v) => v.periodCode === p.code), members);
      return found ? [{ periodCode: p.code, ...found }] : [];
    });
    const current = series.find((s) => s.periodCode === periodCode) ?? null;
    const target = { comparator: indicator.comparator, value: indicator.target, unit: indicator.unit };
    return {
      indicatorId: indicator.id,
      areaCode: indicator.areaCode,
      subject: indicator.subject,
      text: indicator.text,
      level: indicator.level ?? 'none',
      levelLabel: TARGET_LEVEL_LABELS[indicator.level ?? 'none'],
      targetLabel: `${indicator.comparator.replace('>=', '≥').replace('<=', '≤')} ${formatTargetValue(indicator.target, indicator.unit)}`,
      unit: indicator.unit,
      value: current?.value ?? null,
      source: current?.source ?? null,
      reportingUnits: current?.count ?? 0,
      evaluation: evaluateIndicator(target, series.map((s) => ({ periodCode: s.periodCode, value: s.value })), periodCode, yearPeriods),
    };
  });
}

/** Targets that need attention: at risk, or missed at the year's end. */
export const indicatorsAtRisk = (rows: readonly IndicatorRow[]): IndicatorRow[] =>
  rows.filter((r) => r.evaluation.status === 'at_risk' || (r.evaluation.final && r.evaluation.status === 'not_achieved'));
