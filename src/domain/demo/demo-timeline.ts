/**
 * When things happen in the demo. The demo is the real Quảng Trị 2025 plan moved by whole years so that
 * its year is the year of the day it is loaded: the province is always in the middle of its plan, with
 * work due recently, reports of the period just past, and scoring rounds of the same year.
 */
import { addDays } from '../calendar.js';
import { localDateOf } from '../text/format.js';

/** The year the shipped plan was written for; every year of its own span moves with the demo. */
export const DEMO_SOURCE_YEAR = 2025;
export const DEMO_PLAN_PREFIX = 'Kế hoạch CCHC tỉnh Quảng Trị năm';

export const demoYear = (now: Date): number => Number(localDateOf(now).slice(0, 4));
export const demoPlanName = (year: number): string => `${DEMO_PLAN_PREFIX} ${year}`;

/**
 * Moves the years of the plan's own span (issued late 2024, the 2025 work, deadlines in early 2026) by
 * `offset`. Ranges ("giai đoạn 2021-2025", "2022 - 2026") name programmes that do not move, so a year
 * next to a dash and another year is kept; so is any year outside 2024–2026 (decrees of 2020, 2030 goals).
 */
export function shiftPlanYears(text: string, offset: number): string {
  if (offset === 0) return text;
  return text.replace(/(?<!\d\s?[-–]\s?)(?<!\d)(202[4-6])(?!\d)(?!\s?[-–]\s?\d)/g, (year) =>
    String(Number(year) + offset),
  );
}

/** 10:00 in Vietnam on an ISO date. */
const morningOf = (iso: string): Date => new Date(`${iso}T10:00:00+07:00`);
const earlier = (a: Date, b: Date): Date => (a.getTime() <= b.getTime() ? a : b);

export interface DemoTimeline {
  year: number;
  /** The coordinator imports the plan early in January (or now, on the first days of the year). */
  importedAt: Date;
  /** Day the plan's units are resolved on. */
  asOf: string;
}

export function demoTimeline(now: Date): DemoTimeline {
  const year = demoYear(now);
  return { year, importedAt: earlier(morningOf(`${year}-01-05`), now), asOf: `${year}-01-15` };
}

/** The two reporting units send their report three days before it is due, or now if that is still ahead. */
export function reportSentAt(dueOn: string, importedAt: Date, now: Date): Date {
  const sent = earlier(morningOf(addDays(dueOn, -3)), now);
  return sent.getTime() < importedAt.getTime() ? importedAt : sent;
}

/**
 * The day up to which the demo's history is written: work due before it has been finished. At most two
 * months back, and never after the reports were sent (a report cannot show work finished after it).
 */
export function historyCutoff(now: Date, reportedAt: Date): string {
  const twoMonthsAgo = addDays(localDateOf(now), -60);
  const reported = localDateOf(reportedAt);
  return twoMonthsAgo < reported ? twoMonthsAgo : reported;
}

/**
 * How finished work is dated: most of it a few days before it was due, every fifth item (by its position in
 * the list) late: after its due date, but by the cut-off.
 */
export function demoCompletion(dueOn: string, index: number, cutoff: string): string {
  if (index % 5 === 4) {
    const late = addDays(dueOn, 5 + (index % 3) * 7);
    return late < cutoff ? late : addDays(cutoff, -1) > dueOn ? addDays(cutoff, -1) : dueOn;
  }
  return addDays(dueOn, -(1 + (index % 4)));
}

/** Progress of work under way on `day`: the share of its year gone by, in tens of percent, 10–90. */
export function demoProgress(day: string): number {
  const year = Number(day.slice(0, 4));
  const elapsed =
    (Date.parse(day) - Date.parse(`${year}-01-01`)) / (Date.parse(`${year + 1}-01-01`) - Date.parse(`${year}-01-01`));
  return Math.min(90, Math.max(10, Math.round(elapsed * 10) * 10));
}
