/**
 * The indicator table of a report: one row per plan target with its level, the value reached and a
 * verdict (đạt / chưa đạt / có nguy cơ from evaluateIndicator) only where there is a figure to judge.
 *
 * What counts as the figure ("Kết quả") of a target for a period, first that applies:
 * - the coordinator's province-wide figure, when entered;
 * - the catalogue figure the coordinator linked the target to (domain/figures), computed over the target's
 *   level for the period (services/figures/linked-indicator-figures.ts), with the units it covers;
 * - for a rate, Σ numerators / Σ denominators of the responsible units that gave their counts; for a count,
 *   the sum of their figures. Judged only once every responsible unit gave one: before that it is shown
 *   as provisional with its coverage ("tạm tính, 12/30 đơn vị") and no verdict. A unit's percentage given
 *   without its counts (reports from before counts were asked) is never averaged into a rate (a commune of
 *   20 files would weigh as much as a ward of 2 000): such units show as "k/n đơn vị đạt".
 * No figure at all is "Chưa có số liệu", never "Chưa đạt".
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
import { rateOf } from '../figures/values.js';
import { foldVietnamese } from '../text/fold.js';
import { formatNumberVi } from '../text/format.js';
import { groupBy } from './rates.js';
import type { IndicatorValueRow, LinkedFigureRow, ReportAssignment, ReportIndicator, ReportUnit } from './types.js';

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
  /** The figure for the whole of the target's scope, judged; null when there is none (see the rule above). */
  value: number | null;
  /** A figure from part of the responsible units, shown with its coverage and never judged. */
  provisionalValue: number | null;
  source: FigureSource | null;
  /** Where the figure comes from, in Vietnamese ("Số liệu theo dõi: Tỷ lệ …"), and a link to its rows. */
  sourceLabel: string;
  sourceLink?: string;
  /** The catalogue figure the target is linked to (confirmed), if any. */
  figureKey: string | null;
  /** Units the shown figure covers, of the units in its scope ("12/30 đơn vị"). */
  coveredUnits: number;
  scopeUnits: number;
  coverageLabel: string;
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

/** Same target, printed twice: same subject (folded), comparator, value, unit and level. Every list of targets shows it once. */
export const targetKey = (i: {
  subject: string;
  comparator: string;
  target: number;
  unit: string;
  level: string | null;
}) => [foldVietnamese(i.subject).replace(/\s+/g, ' ').trim(), i.comparator, i.target, i.unit, i.level ?? ''].join('|');

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

export type FigureSource = 'catalogue' | 'coordinator' | 'units';

interface PeriodFigure {
  /** The figure judged for the whole scope (complete), or null. */
  value: number | null;
  /** A figure from part of the responsible units (not judged), or null. */
  provisional: number | null;
  source: FigureSource | null;
  sourceLabel: string;
  link?: string;
  /** Responsible units that gave a figure (with or without counts). */
  reporting: number;
  /** Units the shown figure combines, of `scope`. */
  covered: number;
  scope: number;
  meeting: number;
}

export const FIGURE_SOURCE_LABELS: Record<FigureSource, string> = {
  catalogue: 'Số liệu theo dõi',
  coordinator: 'Số liệu toàn tỉnh do cơ quan thường trực nhập',
  units: 'Tổng hợp từ số liệu của các đơn vị',
};

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

export interface UnitCounts {
  numerator: number;
  denominator: number;
}

/**
 * A rate over units from their counts: Σ numerators / Σ denominators (never the mean of their rates), with
 * how many units it covers of those expected; `complete` when every expected unit gave counts.
 */
export function rateFromUnitCounts(
  counts: readonly UnitCounts[],
  expectedUnits: number,
): { value: number | null; covered: number; complete: boolean } {
  const usable = counts.filter((c) => c.denominator > 0);
  const numerator = usable.reduce((a, c) => a + c.numerator, 0);
  const denominator = usable.reduce((a, c) => a + c.denominator, 0);
  const value = denominator > 0 ? rateOf(numerator, denominator) : null;
  return { value, covered: usable.length, complete: usable.length > 0 && usable.length >= expectedUnits };
}

function periodFigure(
  indicator: ReportIndicator,
  values: readonly IndicatorValueRow[],
  responsible: Set<string>,
  linked: LinkedFigureRow | undefined,
): PeriodFigure {
  // One figure per unit even where the target was printed twice (the first of its rows wins).
  const byUnit = new Map<string, IndicatorValueRow>();
  for (const v of values)
    if (v.unitId !== null && responsible.has(v.unitId) && !byUnit.has(v.unitId)) byUnit.set(v.unitId, v);
  const given = [...byUnit.values()];
  const meeting = given.filter((f) => meetsTarget(f.value, indicator.comparator, indicator.target)).length;
  const base = { reporting: given.length, meeting, scope: responsible.size };
  const coordinator = values.find((v) => v.unitId === null)?.value ?? null;
  if (coordinator !== null)
    return {
      ...base,
      value: coordinator,
      provisional: null,
      source: 'coordinator',
      sourceLabel: FIGURE_SOURCE_LABELS.coordinator,
      covered: responsible.size,
    };
  if (linked)
    return {
      ...base,
      value: linked.value,
      provisional: null,
      source: 'catalogue',
      sourceLabel: linked.sourceLabel,
      ...(linked.link ? { link: linked.link } : {}),
      covered: linked.unitsCovered,
      scope: linked.unitsInScope,
    };
  const none = { ...base, value: null, provisional: null, source: null, sourceLabel: '', covered: 0 };
  if (indicator.unit === '%') {
    const counts = given.flatMap((v) =>
      v.numerator != null && v.denominator != null ? [{ numerator: v.numerator, denominator: v.denominator }] : [],
    );
    const rate = rateFromUnitCounts(counts, responsible.size);
    if (rate.value === null) return none;
    return {
      ...base,
      value: rate.complete ? rate.value : null,
      provisional: rate.complete ? null : rate.value,
      source: 'units',
      sourceLabel: FIGURE_SOURCE_LABELS.units,
      covered: rate.covered,
    };
  }
  if (!given.length) return none;
  const total = given.reduce((a, v) => a + v.value, 0);
  const complete = given.length === responsible.size;
  return {
    ...base,
    value: complete ? total : null,
    provisional: complete ? null : total,
    source: 'units',
    sourceLabel: FIGURE_SOURCE_LABELS.units,
    covered: given.length,
  };
}

function formatValue(value: number, unit: string): string {
  return unit === '%' ? `${formatNumberVi(value, 2)}%` : formatNumberVi(value, 2);
}

/** "12/30 đơn vị". */
export const coverageText = (covered: number, scope: number) =>
  `${formatNumberVi(covered)}/${formatNumberVi(scope)} đơn vị`;

/** One row per target (targets printed twice merged), in the order given, evaluated at `periodCode` against the year's periods. */
export function indicatorTable(
  indicators: readonly ReportIndicator[],
  values: readonly IndicatorValueRow[],
  units: readonly ReportUnit[],
  assignments: readonly ReportAssignment[],
  periodCode: string,
  yearPeriods: readonly YearPeriod[],
  linkedFigures: readonly LinkedFigureRow[] = [],
): IndicatorRow[] {
  const byIndicator = groupBy(values, (v) => v.indicatorId);
  const linkedOf = new Map(linkedFigures.map((l) => [`${l.indicatorId}|${l.periodCode}`, l]));
  return [...groupBy(indicators, targetKey).values()].map((same) => {
    const indicator = same[0]!;
    const linkedOne = same.find((i) => i.figureKey);
    const responsible = responsibleUnits(same, units, assignments);
    const own = same.flatMap((i) => byIndicator.get(i.id) ?? []);
    const periodOf = (code: string) =>
      periodFigure(
        indicator,
        own.filter((v) => v.periodCode === code),
        responsible,
        linkedOne ? linkedOf.get(`${linkedOne.id}|${code}`) : undefined,
      );
    const figures = new Map(yearPeriods.map((p) => [p.code, periodOf(p.code)]));
    const series = yearPeriods.flatMap((p) => {
      const value = figures.get(p.code)?.value;
      return value === null || value === undefined ? [] : [{ periodCode: p.code, value }];
    });
    const current = figures.get(periodCode) ?? periodOf(periodCode);
    const target = { comparator: indicator.comparator, value: indicator.target, unit: indicator.unit };
    const targetLabel = `${indicator.comparator.replace('>=', '≥').replace('<=', '≤')} ${formatTargetValue(indicator.target, indicator.unit)}`;
    const judged = evaluateIndicator(target, series, periodCode, yearPeriods);
    const coverage = `${formatNumberVi(current.reporting)}/${formatNumberVi(responsible.size)} đơn vị báo cáo`;
    const covered = coverageText(current.covered, current.scope);
    // No figure for the whole scope this period: no verdict for it, only what the units' own figures say.
    const evaluation: IndicatorEvaluation =
      current.value !== null
        ? judged
        : {
            ...judged,
            status: null,
            label:
              current.provisional !== null
                ? `Tạm tính ${formatValue(current.provisional, indicator.unit)} (${covered})`
                : current.reporting > 0
                  ? `${formatNumberVi(current.meeting)}/${formatNumberVi(current.reporting)} đơn vị đạt`
                  : NO_DATA_LABEL,
            explanation:
              current.provisional !== null
                ? `Số liệu tạm tính của chỉ tiêu ${targetLabel} từ ${covered}: chưa đủ các đơn vị chịu trách nhiệm nên chưa đánh giá.`
                : current.reporting > 0
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
      provisionalValue: current.provisional,
      source: current.source,
      sourceLabel: current.sourceLabel,
      ...(current.link ? { sourceLink: current.link } : {}),
      figureKey: linkedOne?.figureKey ?? null,
      coveredUnits: current.covered,
      scopeUnits: current.scope,
      // The units the figure covers; with no figure, how many responsible units reported (a percentage
      // without its counts covers nothing).
      coverageLabel:
        current.source === 'coordinator' || current.scope === 0 ? '' : current.source === null ? coverage : covered,
      reportingUnits: current.reporting,
      expectedUnits: responsible.size,
      unitsMeeting: current.meeting,
      resultLabel:
        current.value !== null
          ? formatValue(current.value, indicator.unit)
          : current.provisional !== null
            ? `${formatValue(current.provisional, indicator.unit)} (tạm tính, ${covered})`
            : current.source === 'catalogue'
              ? NO_DATA_LABEL
              : responsible.size > 0
                ? coverage
                : '—',
      evaluation,
    };
  });
}

/** Targets that need attention: at risk, or missed at the year's end. */
export const indicatorsAtRisk = (rows: readonly IndicatorRow[]): IndicatorRow[] =>
  rows.filter(
    (r) => r.evaluation.status === 'at_risk' || (r.evaluation.final && r.evaluation.status === 'not_achieved'),
  );
