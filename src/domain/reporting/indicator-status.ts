/**
 * Following a plan target through the year: đạt / chưa đạt / có nguy cơ không đạt, and the trend.
 *
 * The rule. At the year's last period the latest value is compared with the target: đạt or chưa đạt.
 * Before it:
 * - a count that accumulates over the year ("ít nhất 03 sáng kiến") is compared with the target scaled to
 *   the share of the year gone (a linear trajectory: 0,75 of 3 by quý I… of 4 periods): at or above the
 *   target → đạt; on the trajectory → chưa đạt (on track); below it → có nguy cơ không đạt.
 *   For a ceiling ("không quá 5"), going over the ceiling is final (chưa đạt), going over the scaled
 *   ceiling is a risk, staying under it is đạt so far.
 * - a level such as a rate ("tỷ lệ hồ sơ đúng hạn ≥ 98%") meets the target now → đạt; otherwise the last
 *   two values are extended in a straight line to the year's end: reaching the target → chưa đạt (on
 *   track), not reaching it or no trend yet → có nguy cơ không đạt. Ceilings ("≤ 2%") mirror this.
 * Targets in % are levels, other units counts, unless `accumulation` says otherwise.
 */
import type { Comparator, PlanLevel } from '../plan/fields/types.js';
import { formatNumberVi } from '../text/format.js';

export type { Comparator };
export type IndicatorStatus = 'achieved' | 'not_achieved' | 'at_risk';
export type Trend = 'up' | 'down' | 'flat';

export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, string> = {
  achieved: 'Đạt',
  not_achieved: 'Chưa đạt',
  at_risk: 'Có nguy cơ không đạt',
};
export const NO_DATA_LABEL = 'Chưa có số liệu';
export const TREND_LABELS: Record<Trend, string> = { up: 'Tăng', down: 'Giảm', flat: 'Không đổi' };

export interface IndicatorTarget {
  comparator: Comparator;
  value: number;
  /** '%', 'count', or a noun such as 'sáng kiến'. */
  unit: string;
  accumulation?: 'cumulative' | 'level';
}

export interface IndicatorValue {
  periodCode: string;
  value: number;
}

/** The year's periods in order, with the share of the year each reaches (from the period schedule). */
export interface YearPeriod {
  code: string;
  yearFraction: number;
}

export interface IndicatorEvaluation {
  /** Null while no value has been reported up to this period. */
  status: IndicatorStatus | null;
  label: string;
  latest: IndicatorValue | null;
  /** What a cumulative target asks for by now, or the level projected for the year's end. */
  benchmark: number | null;
  trend: Trend | null;
  /** Whether the trend moves towards the target; null without a trend or when flat. */
  improving: boolean | null;
  /** True at the year's last period: the status is final. */
  final: boolean;
  /** One Vietnamese sentence for the screen. */
  explanation: string;
}

const EPSILON = 1e-9;

export function meetsTarget(value: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= target - EPSILON;
    case '>':
      return value > target + EPSILON;
    case '=':
      return Math.abs(value - target) <= EPSILON;
    case '<=':
      return value <= target + EPSILON;
    case '<':
      return value < target - EPSILON;
  }
}

export function formatTargetValue(value: number, unit: string): string {
  const number = formatNumberVi(value);
  return unit === '%' ? `${number}%` : unit === 'count' || !unit ? number : `${number} ${unit}`;
}

/** Which way is better for this target, given where the value stands now ('=' aims at the value). */
function betterDirection(comparator: Comparator, target: number, value: number): 'up' | 'down' {
  if (comparator === '>=' || comparator === '>') return 'up';
  if (comparator === '<=' || comparator === '<') return 'down';
  return value < target ? 'up' : 'down';
}

export function evaluateIndicator(
  target: IndicatorTarget,
  values: readonly IndicatorValue[],
  periodCode: string,
  periodsInYear: readonly YearPeriod[],
): IndicatorEvaluation {
  const position = periodsInYear.findIndex((p) => p.code === periodCode);
  const upToNow = position < 0 ? [] : periodsInYear.slice(0, position + 1);
  const series = upToNow.flatMap((p) => {
    const v = values.find((x) => x.periodCode === p.code);
    return v && Number.isFinite(v.value) ? [{ ...v, yearFraction: p.yearFraction }] : [];
  });
  const current = periodsInYear[position];
  const final = !!current && (position === periodsInYear.length - 1 || current.yearFraction >= 1);
  const shown = `${target.comparator.replace('>=', '≥').replace('<=', '≤')} ${formatTargetValue(target.value, target.unit)}`;
  const latest = series[series.length - 1];
  const previous = series[series.length - 2];
  if (!latest || !current) {
    // No figure, no verdict, even at the year's end: "Chưa có số liệu", never "Chưa đạt".
    return {
      status: null,
      label: NO_DATA_LABEL,
      latest: null,
      benchmark: null,
      trend: null,
      improving: null,
      final,
      explanation: `Chưa có số liệu báo cáo cho chỉ tiêu ${shown}.`,
    };
  }

  const delta = previous ? latest.value - previous.value : null;
  const trend: Trend | null = delta === null ? null : Math.abs(delta) <= EPSILON ? 'flat' : delta > 0 ? 'up' : 'down';
  const better = betterDirection(target.comparator, target.value, previous?.value ?? latest.value);
  const improving = trend === null || trend === 'flat' ? null : trend === better;
  const now = formatTargetValue(latest.value, target.unit);
  const meets = meetsTarget(latest.value, target.comparator, target.value);
  const result = (status: IndicatorStatus, benchmark: number | null, explanation: string): IndicatorEvaluation => ({
    status,
    label: INDICATOR_STATUS_LABELS[status],
    latest: { periodCode: latest.periodCode, value: latest.value },
    benchmark,
    trend,
    improving,
    final,
    explanation,
  });

  if (final) {
    return meets
      ? result('achieved', null, `Đạt chỉ tiêu ${shown}: giá trị ${now}.`)
      : result('not_achieved', null, `Không đạt chỉ tiêu ${shown}: giá trị cuối năm ${now}.`);
  }
  const cumulative = (target.accumulation ?? (target.unit === '%' ? 'level' : 'cumulative')) === 'cumulative';

  if (cumulative) {
    const byNow = target.value * current.yearFraction;
    const needed = formatTargetValue(Math.round(byNow * 100) / 100, target.unit);
    if (target.comparator === '<=' || target.comparator === '<') {
      // A ceiling on something that only grows: passing it cannot be undone.
      if (!meets) return result('not_achieved', byNow, `Đã vượt mức chỉ tiêu ${shown}: giá trị ${now}.`);
      if (latest.value > byNow + EPSILON)
        return result(
          'at_risk',
          byNow,
          `Có nguy cơ vượt chỉ tiêu ${shown}: đến kỳ này đã ${now}, vượt mức tương ứng ${needed}.`,
        );
      return result('achieved', byNow, `Trong giới hạn chỉ tiêu ${shown}: giá trị ${now}.`);
    }
    if (meets) return result('achieved', byNow, `Đã đạt chỉ tiêu ${shown}: giá trị ${now}.`);
    if (latest.value > target.value)
      return result('not_achieved', byNow, `Đã vượt mức chỉ tiêu ${shown}: giá trị ${now}.`);
    if (latest.value >= byNow - EPSILON)
      return result(
        'not_achieved',
        byNow,
        `Chưa đạt chỉ tiêu ${shown} nhưng đúng tiến độ: đến kỳ này cần khoảng ${needed}, đã có ${now}.`,
      );
    return result(
      'at_risk',
      byNow,
      `Có nguy cơ không đạt chỉ tiêu ${shown}: đến kỳ này cần khoảng ${needed}, mới có ${now}.`,
    );
  }

  if (meets) return result('achieved', null, `Đang đạt chỉ tiêu ${shown}: giá trị ${now}.`);
  if (!previous || latest.yearFraction <= previous.yearFraction) {
    return result('at_risk', null, `Có nguy cơ không đạt chỉ tiêu ${shown}: giá trị hiện tại ${now}.`);
  }
  const slope = (latest.value - previous.value) / (latest.yearFraction - previous.yearFraction);
  const projected = Math.round((latest.value + slope * (1 - latest.yearFraction)) * 100) / 100;
  const direction = betterDirection(target.comparator, target.value, latest.value);
  const reaches = direction === 'up' ? projected >= target.value - EPSILON : projected <= target.value + EPSILON;
  const outlook = `theo xu hướng, cuối năm ước ${formatTargetValue(projected, target.unit)}`;
  return reaches
    ? result('not_achieved', projected, `Chưa đạt chỉ tiêu ${shown} (hiện ${now}); ${outlook}.`)
    : result('at_risk', projected, `Có nguy cơ không đạt chỉ tiêu ${shown} (hiện ${now}); ${outlook}.`);
}

/** The level a plan target names: PlanLevel of the plan importer. */
/** The government level a target applies to, as plans write it. */
export type TargetLevel = PlanLevel;

export interface LevelTarget extends IndicatorTarget {
  level: TargetLevel | null;
}

/**
 * The target a unit answers for when a plan splits it by level ("cấp tỉnh 100%, cấp huyện 100%, cấp xã
 * 95%"): its own level first (a department falls back on the province level), then a target for all.
 */
export function targetForUnit<T extends LevelTarget>(
  targets: readonly T[],
  unit: { kind: string; level: string },
): T | null {
  const own: TargetLevel[] =
    unit.kind === 'department'
      ? ['department', 'province']
      : unit.kind === 'district' || unit.kind === 'commune' || unit.kind === 'province'
        ? [unit.kind]
        : [];
  if (!own.length && ['province', 'district', 'commune'].includes(unit.level)) own.push(unit.level as TargetLevel);
  for (const level of own) {
    const found = targets.find((t) => t.level === level);
    if (found) return found;
  }
  return targets.find((t) => t.level === 'all') ?? targets.find((t) => t.level === null) ?? null;
}
