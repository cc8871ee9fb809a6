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
import { addDays, clampedDate, daysInMonth, invalidDateMessage, isIsoDate, toIso } from '../calendar.js';
import { fail, ok, type Issue, type Result } from './result.js';

export const STANDARD_PERIOD_CODES = ['Q1', 'H1', 'M9', 'Y'] as const;
export type StandardPeriodCode = (typeof STANDARD_PERIOD_CODES)[number];
export type PeriodKind = 'month' | 'quarter' | 'half_year' | 'nine_months' | 'year' | 'ad_hoc';
export const PERIOD_KINDS = ['month', 'quarter', 'half_year', 'nine_months', 'year', 'ad_hoc'] as const;

/** The regular reports a plan's calendar can ask for: monthly ("Tháng 1/2025" … "Tháng 12/2025") and the standard ones. */
export const CALENDAR_PERIODS = ['month', ...STANDARD_PERIOD_CODES] as const;
export type CalendarPeriod = (typeof CALENDAR_PERIODS)[number];

/** The levels whose due date may differ (communes often report to their district earlier). */
export const REPORT_LEVELS = ['department', 'district', 'commune'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];
export const REPORT_LEVEL_LABELS: Record<ReportLevel, string> = {
  department: 'cấp sở, ngành',
  district: 'cấp huyện',
  commune: 'cấp xã',
};

/** How a calendar period is named in a message: "báo cáo tháng", "quý I", "6 tháng", "9 tháng", "năm". */
export const CALENDAR_PERIOD_LABELS: Record<CalendarPeriod, string> = {
  month: 'tháng',
  Q1: 'quý I',
  H1: '6 tháng',
  M9: '9 tháng',
  Y: 'năm',
};

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  month: 'Tháng',
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
  /** Share of the year the period reaches (0.25, 0.5, 0.75, 1; a month m/12); for ad-hoc periods, by its end date. */
  yearFraction: number;
  /** A level's own due date when the calendar gives it one; other levels use `dueOn`. */
  dueByLevel?: Partial<Record<ReportLevel, string>>;
}

export type DueRule =
  | { rule: 'day_of_last_month'; day: number }
  | { rule: 'days_after_end'; days: number }
  | { rule: 'fixed_date'; month: number; day: number };

export type WindowRule = { rule: 'cutoff'; day: number } | { rule: 'calendar' };

export interface ScheduleOptions {
  periods?: readonly CalendarPeriod[];
  window?: WindowRule;
  due?: DueRule;
  dueOverrides?: Partial<Record<CalendarPeriod, DueRule>>;
  /** A level's own due rule for a period (e.g. communes due on the 10th of the last month). */
  levelDue?: Partial<Record<CalendarPeriod, Partial<Record<ReportLevel, DueRule>>>>;
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

const pad2 = (n: number) => String(n).padStart(2, '0');

/** How a period (and level) is named in a refusal: " quý I", " 6 tháng (cấp xã)"; "" for the general rule. */
function periodName(period: CalendarPeriod | null, level?: ReportLevel): string {
  if (!period) return '';
  const name = CALENDAR_PERIOD_LABELS[period];
  return ` ${level ? `${name} (${REPORT_LEVEL_LABELS[level]})` : name}`;
}

/** `period` null: the general rule, which `monthly` says also serves the monthly reports. */
function checkDueRule(
  rule: DueRule,
  where: string,
  period: CalendarPeriod | null,
  level?: ReportLevel,
  monthly = period === 'month',
): Issue[] {
  const name = periodName(period, level);
  const bad = (message: string): Issue[] => [{ code: 'invalid_due_rule', field: where, message }];
  if (!rule || typeof rule !== 'object') return bad(`Hạn báo cáo${name} không hợp lệ.`);
  switch (rule.rule) {
    case 'day_of_last_month':
      return isIntIn(rule.day, 1, 31)
        ? []
        : bad(`Ngày hạn báo cáo${name} "${rule.day}" phải là số nguyên từ 1 đến 31.`);
    case 'days_after_end':
      return isIntIn(rule.days, 0, 90)
        ? []
        : bad(`Số ngày sau kỳ báo cáo${name} "${rule.days}" phải là số nguyên từ 0 đến 90.`);
    case 'fixed_date':
      // 29/02 is a real date (clamped to 28/02 in other years); 31/02 or 31/06 never is.
      if (!isIntIn(rule.month, 1, 12) || !isIntIn(rule.day, 1, daysInMonth(2024, rule.month)))
        return bad(`Ngày hạn báo cáo${name} không hợp lệ: ${pad2(rule.day)}/${pad2(rule.month)}.`);
      return monthly
        ? bad(
            `Báo cáo tháng không dùng được hạn cố định ${pad2(rule.day)}/${pad2(rule.month)}: hãy nhập ngày trong tháng (ví dụ 25) hoặc số ngày sau kỳ (ví dụ +5).`,
          )
        : [];
    default:
      return bad(`Hạn báo cáo${name} không hợp lệ.`);
  }
}

function dueOn(rule: DueRule, year: number, lastMonth: number, end: string): string {
  switch (rule.rule) {
    case 'day_of_last_month':
      return clampedDate(year, lastMonth, rule.day);
    case 'days_after_end':
      return addDays(end, rule.days);
    case 'fixed_date':
      // A fixed date months before the period ends ("năm: trước 10/01") is the next year's.
      return clampedDate(rule.month < lastMonth - 2 ? year + 1 : year, rule.month, rule.day);
  }
}

function yearFractionOf(year: number, end: string): number {
  const elapsed = (Date.parse(end) - Date.parse(toIso(year, 1, 1))) / 86_400_000 + 1;
  const total = (Date.parse(toIso(year + 1, 1, 1)) - Date.parse(toIso(year, 1, 1))) / 86_400_000;
  return Math.min(1, Math.max(0, Math.round((elapsed / total) * 100) / 100));
}

/** Problems with a schedule's settings, in Vietnamese, each naming the field to fix. */
export function checkScheduleOptions(year: number, options: ScheduleOptions): Issue[] {
  const window = options.window ?? DEFAULT_WINDOW;
  const issues: Issue[] = [];
  if (!isIntIn(year, 2000, 2100))
    issues.push({ code: 'invalid_year', field: 'year', message: `Năm "${year}" không hợp lệ.` });
  if (window.rule === 'cutoff' && !isIntIn(window.day, 1, 28)) {
    issues.push({
      code: 'invalid_window',
      field: 'window',
      message: `Ngày chốt số liệu "${window.day}" phải là số nguyên từ 1 đến 28.`,
    });
  } else if (window.rule !== 'cutoff' && window.rule !== 'calendar') {
    issues.push({ code: 'invalid_window', field: 'window', message: 'Cách tính thời gian lấy số liệu không hợp lệ.' });
  }
  const periods = options.periods ?? STANDARD_PERIOD_CODES;
  for (const p of periods)
    if (!(CALENDAR_PERIODS as readonly string[]).includes(p))
      issues.push({ code: 'invalid_period', field: 'periods', message: `Kỳ báo cáo "${String(p)}" không có.` });
  // The general rule serves the periods without one of their own (a monthly report cannot take a fixed date).
  const monthlyUsesGeneral = periods.includes('month') && !options.dueOverrides?.month;
  issues.push(...checkDueRule(options.due ?? DEFAULT_DUE_RULE, 'due', null, undefined, monthlyUsesGeneral));
  for (const [code, rule] of Object.entries(options.dueOverrides ?? {}) as [CalendarPeriod, DueRule][])
    issues.push(...checkDueRule(rule, `dueOverrides.${code}`, code));
  for (const [code, levels] of Object.entries(options.levelDue ?? {}) as [
    CalendarPeriod,
    Partial<Record<ReportLevel, DueRule>>,
  ][])
    for (const [level, rule] of Object.entries(levels ?? {}) as [ReportLevel, DueRule][]) {
      if (!(REPORT_LEVELS as readonly string[]).includes(level))
        issues.push({ code: 'invalid_level', field: `levelDue.${code}`, message: `Cấp "${level}" không có.` });
      else issues.push(...checkDueRule(rule, `levelDue.${code}.${level}`, code, level));
    }
  if (!periods.length)
    issues.push({ code: 'no_periods', field: 'periods', message: 'Cần chọn ít nhất một kỳ báo cáo.' });
  return issues;
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/**
 * The regular periods of a year, ordered by the month they end in (a month before the quarter that ends
 * with it), or the configuration problems in Vietnamese. Monthly reports ("Tháng 1/2025", coded T1…T12)
 * cover their own month; the standard ones are cumulative from the start of the year.
 */
export function buildPeriodSchedule(year: number, options: ScheduleOptions = {}): Result<ReportingPeriod[]> {
  const window = options.window ?? DEFAULT_WINDOW;
  const due = options.due ?? DEFAULT_DUE_RULE;
  const issues = checkScheduleOptions(year, options);
  if (issues.length) return fail(issues);
  const chosen = options.periods ?? STANDARD_PERIOD_CODES;

  const yearStart = window.rule === 'cutoff' ? toIso(year - 1, 12, window.day + 1) : toIso(year, 1, 1);
  const windowEndOf = (month: number) =>
    window.rule === 'cutoff' ? toIso(year, month, window.day) : clampedDate(year, month, 31);
  const make = (
    which: CalendarPeriod,
    spec: { code: string; kind: PeriodKind; label: string; lastMonth: number; start: string },
  ): ReportingPeriod => {
    const windowEnd = windowEndOf(spec.lastMonth);
    const dueDate = dueOn(options.dueOverrides?.[which] ?? due, year, spec.lastMonth, windowEnd);
    const dueByLevel: Partial<Record<ReportLevel, string>> = {};
    for (const [level, rule] of Object.entries(options.levelDue?.[which] ?? {}) as [ReportLevel, DueRule][])
      dueByLevel[level] = dueOn(rule, year, spec.lastMonth, windowEnd);
    // A report cannot hold data from after it is due: an early due date ends the window.
    const end = dueDate < windowEnd ? dueDate : windowEnd;
    return {
      code: spec.code,
      kind: spec.kind,
      year,
      label: spec.label,
      start: spec.start,
      end,
      dueOn: dueDate,
      yearFraction: spec.lastMonth / 12,
      dueByLevel,
    };
  };

  const periods: { order: number; period: ReportingPeriod }[] = [];
  if (chosen.includes('month'))
    for (const month of MONTHS) {
      const start =
        month === 1 ? yearStart : window.rule === 'cutoff' ? addDays(windowEndOf(month - 1), 1) : toIso(year, month, 1);
      periods.push({
        order: month * 2,
        period: make('month', {
          code: `T${month}`,
          kind: 'month',
          label: `Tháng ${month}/${year}`,
          lastMonth: month,
          start,
        }),
      });
    }
  for (const code of STANDARD_PERIOD_CODES.filter((c) => chosen.includes(c))) {
    const spec = STANDARD[code];
    periods.push({
      order: spec.lastMonth * 2 + 1,
      period: make(code, {
        code,
        kind: spec.kind,
        label: spec.label(year),
        lastMonth: spec.lastMonth,
        start: yearStart,
      }),
    });
  }
  return ok(periods.sort((a, b) => a.order - b.order).map((p) => p.period));
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
