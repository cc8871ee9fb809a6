/**
 * Reporting periods of a year. Default, as CCHC plans ask ("báo cáo định kỳ hàng quý, 6 tháng, năm"):
 * quý I, 6 tháng, 9 tháng (quý III) and năm, each cumulative from the start of the year.
 *
 * Data window: by default the cut-off of Nghị định 09/2019/NĐ-CP (Điều 12): from the 15th of December of
 * the year before to the 14th of the period's last month (quý I: 15/12 → 14/03), so a report due on the
 * 15th covers only days already past. `{ rule: 'calendar' }` gives 01/01 → the month's last day instead.
 * Due date: the 15th of the period's last month unless configured; per-period overrides allow what some
 * plans write ("báo cáo 6 tháng trước ngày 07/6, báo cáo năm trước ngày 07/11"); a due date before the
 * window's end ends the window there.
 */
import { addDays, clampedDate, invalidDateMessage, isIsoDate, toIso } from '../calendar.js';
import { fail, ok, type Issue, type Result } from './result.js';

export const STANDARD_PERIOD_CODES = ['Q1', 'H1', 'M9', 'Y'] as const;
export type StandardPeriodCode = (typeof STANDARD_PERIOD_CODES)[number];
export type PeriodKind = 'quarter' | 'half_year' | 'nine_months' | 'year' | 'ad_hoc';

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  quarter: 'Quý',
  half_year: '6 tháng',
  nine_months: '9 tháng',
  year: 'Năm',
  ad_hoc: 'Đột xuất',
};

export interface ReportingPeriod {
  /** "Q1", "H1", "M9", "Y" or "DX1", "DX2", … for ad-hoc requests; unique within a plan. */
  code: string;
  kind: PeriodKind;
  year: number;
  label: string;
  /** The data window, inclusive, YYYY-MM-DD. */
  start: string;
  end: string;
  dueOn: string;
  /** Share of the year the period reaches (0.25, 0.5, 0.75, 1); for ad-hoc periods, by its end date. */
  yearFraction: number;
}

export type DueRule =
  | { rule: 'day_of_last_month'; day: number }
  | { rule: 'days_after_end'; days: number }
  | { rule: 'fixed_date'; month: number; day: number };

export type WindowRule = { rule: 'cutoff'; day: number } | { rule: 'calendar' };

export interface ScheduleOptions {
  periods?: readonly StandardPeriodCode[];
  window?: WindowRule;
  due?: DueRule;
  dueOverrides?: Partial<Record<StandardPeriodCode, DueRule>>;
}

export const DEFAULT_WINDOW: WindowRule = { rule: 'cutoff', day: 14 };
export const DEFAULT_DUE_RULE: DueRule = { rule: 'day_of_last_month', day: 15 };

const STANDARD: Record<StandardPeriodCode, { kind: PeriodKind; lastMonth: number; label: (y: number) => string }> = {
  Q1: { kind: 'quarter', lastMonth: 3, label: (y) => `Quý I/${y}` },
  H1: { kind: 'half_year', lastMonth: 6, label: (y) => `6 tháng đầu năm ${y}` },
  M9: { kind: 'nine_months', lastMonth: 9, label: (y) => `9 tháng đầu năm ${y}` },
  Y: { kind: 'year', lastMonth: 12, label: (y) => `Năm ${y}` },
};

const isIntIn = (n: unknown, min: number, max: number) =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

function checkDueRule(rule: DueRule, where: string): Issue[] {
  const bad = (message: string): Issue[] => [{ code: 'invalid_due_rule', field: where, message }];
  switch (rule.rule) {
    case 'day_of_last_month':
      return isIntIn(rule.day, 1, 31) ? [] : bad(`Ngày hạn báo cáo "${rule.day}" phải là số nguyên từ 1 đến 31.`);
    case 'days_after_end':
      return isIntIn(rule.days, 0, 90)
        ? []
        : bad(`Số ngày sau kỳ báo cáo "${rule.days}" phải là số nguyên từ 0 đến 90.`);
    case 'fixed_date':
      return isIntIn(rule.month, 1, 12) && isIntIn(rule.day, 1, 31)
        ? []
        : bad(`Hạn cố định ngày ${rule.day} tháng ${rule.month} không hợp lệ.`);
  }
}

function dueOn(rule: DueRule, year: number, lastMonth: number, end: string): string {
  switch (rule.rule) {
    case 'day_of_last_month':
      return clampedDate(year, lastMonth, rule.day);
    case 'days_after_end':
      return addDays(end, rule.days);
    case 'fixed_date':
      return clampedDate(year, rule.month, rule.day);
  }
}

function yearFractionOf(year: number, end: string): number {
  const elapsed = (Date.parse(end) - Date.parse(toIso(year, 1, 1))) / 86_400_000 + 1;
  const total = (Date.parse(toIso(year + 1, 1, 1)) - Date.parse(toIso(year, 1, 1))) / 86_400_000;
  return Math.min(1, Math.max(0, Math.round((elapsed / total) * 100) / 100));
}

/** The standard periods of a year, in order, or the configuration problems in Vietnamese. */
export function buildPeriodSchedule(year: number, options: ScheduleOptions = {}): Result<ReportingPeriod[]> {
  const window = options.window ?? DEFAULT_WINDOW;
  const due = options.due ?? DEFAULT_DUE_RULE;
  const issues: Issue[] = [];
  if (!isIntIn(year, 2000, 2100))
    issues.push({ code: 'invalid_year', field: 'year', message: `Năm "${year}" không hợp lệ.` });
  if (window.rule === 'cutoff' && !isIntIn(window.day, 1, 28)) {
    issues.push({
      code: 'invalid_window',
      field: 'window',
      message: `Ngày chốt số liệu "${window.day}" phải là số nguyên từ 1 đến 28.`,
    });
  }
  issues.push(...checkDueRule(due, 'due'));
  for (const [code, rule] of Object.entries(options.dueOverrides ?? {}))
    issues.push(...checkDueRule(rule, `dueOverrides.${code}`));
  const codes = STANDARD_PERIOD_CODES.filter((c) => (options.periods ?? STANDARD_PERIOD_CODES).includes(c));
  if (!codes.length) issues.push({ code: 'no_periods', field: 'periods', message: 'Cần chọn ít nhất một kỳ báo cáo.' });
  if (issues.length) return fail(issues);

  const start = window.rule === 'cutoff' ? toIso(year - 1, 12, window.day + 1) : toIso(year, 1, 1);
  const periods: ReportingPeriod[] = [];
  for (const code of codes) {
    const spec = STANDARD[code];
    const windowEnd =
      window.rule === 'cutoff' ? toIso(year, spec.lastMonth, window.day) : clampedDate(year, spec.lastMonth, 31);
    const dueDate = dueOn(options.dueOverrides?.[code] ?? due, year, spec.lastMonth, windowEnd);
    // A report cannot hold data from after it is due: an early due date ends the window.
    const end = dueDate < windowEnd ? dueDate : windowEnd;
    periods.push({
      code,
      kind: spec.kind,
      year,
      label: spec.label(year),
      start,
      end,
      dueOn: dueDate,
      yearFraction: spec.lastMonth / 12,
    });
  }
  return ok(periods);
}

export interface AdHocPeriodInput {
  label: unknown;
  start: unknown;
  end: unknown;
  dueOn: unknown;
}

/** An ad-hoc request ("báo cáo đột xuất") with explicit dates: start ≤ end ≤ due, coded DX1, DX2, … after `existing`. */
export function buildAdHocPeriod(
  input: AdHocPeriodInput,
  existing: readonly Pick<ReportingPeriod, 'code' | 'kind'>[],
): Result<ReportingPeriod> {
  const issues: Issue[] = [];
  const label = typeof input.label === 'string' ? input.label.trim() : '';
  if (!label) issues.push({ code: 'label_required', field: 'label', message: 'Cần nhập tên kỳ báo cáo đột xuất.' });
  const dates = { start: 'Ngày bắt đầu', end: 'Ngày kết thúc', dueOn: 'Hạn báo cáo' } as const;
  for (const [field, what] of Object.entries(dates) as [keyof typeof dates, string][]) {
    if (!isIsoDate(input[field]))
      issues.push({ code: 'invalid_date', field, message: invalidDateMessage(what, input[field]) });
  }
  if (issues.length) return fail(issues);
  const { start, end, dueOn } = input as { start: string; end: string; dueOn: string };
  if (start > end)
    issues.push({
      code: 'end_before_start',
      field: 'end',
      message: 'Ngày kết thúc kỳ báo cáo phải sau hoặc bằng ngày bắt đầu.',
    });
  if (end > dueOn)
    issues.push({
      code: 'due_before_end',
      field: 'dueOn',
      message: 'Hạn báo cáo phải sau hoặc bằng ngày kết thúc kỳ báo cáo.',
    });
  if (issues.length) return fail(issues);
  const taken = existing.filter((p) => p.kind === 'ad_hoc').map((p) => Number(p.code.slice(2)) || 0);
  const year = Number(end.slice(0, 4));
  return ok({
    code: `DX${Math.max(0, ...taken) + 1}`,
    kind: 'ad_hoc',
    year,
    label,
    start,
    end,
    dueOn,
    yearFraction: yearFractionOf(year, end),
  });
}

/**
 * The regular period that first reports a date: the earliest-ending standard period whose window holds it
 * (cumulative windows overlap, so 10/02 is reported in quý I, not again "first" in 6 tháng). Null outside all.
 */
export function periodContaining(periods: readonly ReportingPeriod[], date: string): ReportingPeriod | null {
  return (
    periods
      .filter((p) => p.kind !== 'ad_hoc' && p.start <= date && date <= p.end)
      .sort((a, b) => a.end.localeCompare(b.end))[0] ?? null
  );
}

/** The next period whose report is due on or after `today` (ad-hoc requests included), earliest due first. */
export function nextDuePeriod(periods: readonly ReportingPeriod[], today: string): ReportingPeriod | null {
  return periods.filter((p) => p.dueOn >= today).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0] ?? null;
}

/**
 * The period a dashboard opens on when none is chosen: the latest one already due (its reports are in, or
 * late), else the first. The demo's reports go to this period too, so a fresh demo opens on them.
 */
export function latestDuePeriod<P extends Pick<ReportingPeriod, 'dueOn'>>(
  periods: readonly P[],
  today: string,
): P | null {
  const sorted = [...periods].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return sorted.filter((p) => p.dueOn <= today).at(-1) ?? sorted[0] ?? null;
}
