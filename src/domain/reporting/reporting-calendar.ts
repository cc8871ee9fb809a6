/**
 * A plan's reporting calendar, as the coordinator sets it: which regular reports (monthly, quý I, 6 tháng,
 * 9 tháng, năm), the due day of each and of each level, and the data window. Nothing set: today's defaults
 * (quý I, 6 tháng, 9 tháng, năm, due on the 15th of the last month, the Nghị định 09 cut-off).
 *
 * A due date is written as plans write it: "15" (the 15th of the period's last month), "07/6" (a fixed
 * date) or "+5" (five days after the period ends).
 */
import {
  CALENDAR_PERIODS,
  DEFAULT_DUE_RULE,
  DEFAULT_WINDOW,
  STANDARD_PERIOD_CODES,
  type CalendarPeriod,
  type DueRule,
  type ReportLevel,
  type ReportingPeriod,
  type ScheduleOptions,
  type WindowRule,
} from './periods.js';

export interface ReportingCalendar {
  periods: CalendarPeriod[];
  window: WindowRule;
  due: DueRule;
  dueOverrides: Partial<Record<CalendarPeriod, DueRule>>;
  levelDue: Partial<Record<CalendarPeriod, Partial<Record<ReportLevel, DueRule>>>>;
}

export const DEFAULT_CALENDAR: ReportingCalendar = {
  periods: [...STANDARD_PERIOD_CODES],
  window: DEFAULT_WINDOW,
  due: DEFAULT_DUE_RULE,
  dueOverrides: {},
  levelDue: {},
};

/** A stored calendar (or none) with every missing part defaulted, periods in their usual order. */
export function calendarOrDefault(stored: Partial<ScheduleOptions> | null | undefined): ReportingCalendar {
  if (!stored) return DEFAULT_CALENDAR;
  return {
    periods: CALENDAR_PERIODS.filter((p) => (stored.periods ?? DEFAULT_CALENDAR.periods).includes(p)),
    window: stored.window ?? DEFAULT_WINDOW,
    due: stored.due ?? DEFAULT_DUE_RULE,
    dueOverrides: stored.dueOverrides ?? {},
    levelDue: stored.levelDue ?? {},
  };
}

const DAY = /^(\d{1,2})$/;
const FIXED = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})$/;
const AFTER = /^\+\s*(\d{1,2})$/;

/**
 * A due date as typed: "15" → the 15th of the last month, "07/6" → 7 June, "+5" → 5 days after the end;
 * null when the text is none of these (the rule check then says what is wrong with a number out of range).
 */
export function readDueText(text: string): DueRule | null {
  const t = text.trim();
  let m = DAY.exec(t);
  if (m) return { rule: 'day_of_last_month', day: Number(m[1]) };
  m = FIXED.exec(t);
  if (m) return { rule: 'fixed_date', day: Number(m[1]), month: Number(m[2]) };
  m = AFTER.exec(t);
  if (m) return { rule: 'days_after_end', days: Number(m[1]) };
  return null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The way a person writes the rule back: "15", "07/06", "+5". */
export function dueRuleText(rule: DueRule): string {
  switch (rule.rule) {
    case 'day_of_last_month':
      return String(rule.day);
    case 'fixed_date':
      return `${pad2(rule.day)}/${pad2(rule.month)}`;
    case 'days_after_end':
      return `+${rule.days}`;
  }
}

/** A regular period as stored, with whether it may still change (no report, figure or draft yet; not closed). */
export interface StoredPeriod {
  id: string;
  code: string;
  kind: string;
  label: string;
  start: string;
  end: string;
  dueOn: string;
  dueByLevel: Partial<Record<ReportLevel, string>>;
  closed: boolean;
  inUse: boolean;
}

export interface PeriodChange {
  code: string;
  label: string;
  dueOn: string;
  /** For a change: the due date it had. */
  previousDueOn?: string;
}

/** What saving a calendar does to a plan's regular periods; ad-hoc requests are never touched. */
export interface CalendarChange {
  added: (PeriodChange & { period: ReportingPeriod })[];
  changed: (PeriodChange & { id: string; period: ReportingPeriod })[];
  removed: (PeriodChange & { id: string })[];
  /** Periods the new calendar would change or drop but which already have reports or are closed: kept as they are. */
  kept: (PeriodChange & { id: string; reason: 'closed' | 'in_use' })[];
  unchanged: number;
}

const sameLevels = (a: Partial<Record<string, string>>, b: Partial<Record<string, string>>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * The change from the stored periods to a new schedule: new codes added, open periods without reports
 * moved to their new dates or dropped, and a period with reports (or closed) kept as it is, said so.
 */
export function planCalendarChange(
  stored: readonly StoredPeriod[],
  schedule: readonly ReportingPeriod[],
): CalendarChange {
  const change: CalendarChange = { added: [], changed: [], removed: [], kept: [], unchanged: 0 };
  const regular = stored.filter((p) => p.kind !== 'ad_hoc');
  const byCode = new Map(regular.map((p) => [p.code, p]));
  const wanted = new Map(schedule.map((p) => [p.code, p]));
  for (const period of schedule) {
    const now = byCode.get(period.code);
    const brief = { code: period.code, label: period.label, dueOn: period.dueOn };
    if (!now) {
      change.added.push({ ...brief, period });
      continue;
    }
    const same =
      now.kind === period.kind &&
      now.label === period.label &&
      now.start === period.start &&
      now.end === period.end &&
      now.dueOn === period.dueOn &&
      sameLevels(now.dueByLevel, period.dueByLevel ?? {});
    if (same) change.unchanged++;
    else if (now.closed || now.inUse)
      change.kept.push({ ...brief, id: now.id, dueOn: now.dueOn, reason: now.closed ? 'closed' : 'in_use' });
    else change.changed.push({ ...brief, id: now.id, previousDueOn: now.dueOn, period });
  }
  for (const now of regular) {
    if (wanted.has(now.code)) continue;
    const brief = { id: now.id, code: now.code, label: now.label, dueOn: now.dueOn };
    if (now.closed || now.inUse) change.kept.push({ ...brief, reason: now.closed ? 'closed' : 'in_use' });
    else change.removed.push(brief);
  }
  return change;
}
