/**
 * Units' own CCHC plans: which level of unit owes one under a province plan and by when, read from the plan's
 * "ban hành kế hoạch CCHC" activity where its deadline cell names levels ("Sở, huyện: trước ngày 31/01/2025 -
 * Cấp xã: trước ngày 28/02/2025"); the coordinator sets the rest. Pure.
 */
import type { PlanV1 } from '../plan/types.js';
import { foldVietnamese } from '../text/fold.js';

export const UNIT_PLAN_LEVELS = ['department', 'district', 'commune'] as const;
export type UnitPlanLevel = (typeof UNIT_PLAN_LEVELS)[number];

export const UNIT_PLAN_LEVEL_NAMES: Record<UnitPlanLevel, string> = {
  department: 'Sở, ban, ngành',
  district: 'UBND cấp huyện',
  commune: 'UBND cấp xã',
};

/** The level whose deadline a unit of this kind keeps; null: the unit issues no plan of its own under this one. */
export function unitPlanLevelOf(kind: string): UnitPlanLevel | null {
  return kind === 'department' || kind === 'district' || kind === 'commune' ? kind : null;
}

export interface SuggestedDeadline {
  level: UnitPlanLevel;
  dueOn: string;
  /** The plan activity the date was read from. */
  activityId: string;
  text: string;
}

const WORDS = ['ke hoach cchc', 'ke hoach cai cach hanh chinh'];

/** The per-level due dates the plan's own "ban hành kế hoạch CCHC" activity gives, the earliest activity first. */
export function suggestUnitPlanDeadlines(content: Pick<PlanV1, 'activities'>): SuggestedDeadline[] {
  const found = new Map<UnitPlanLevel, SuggestedDeadline>();
  for (const activity of content.activities) {
    const text = foldVietnamese(
      [activity.activity, activity.task, activity.deliverable, activity.objective].filter(Boolean).join(' '),
    );
    if (!WORDS.some((w) => text.includes(w)) || !text.includes('ban hanh')) continue;
    for (const part of activity.deadline.parts) {
      const level = part.level === null ? null : unitPlanLevelOf(part.level);
      if (!level || !part.due || found.has(level)) continue;
      found.set(level, { level, dueOn: part.due, activityId: activity.id, text: part.text });
    }
  }
  return UNIT_PLAN_LEVELS.flatMap((level) => (found.has(level) ? [found.get(level)!] : []));
}

export type UnitPlanState = 'issued_on_time' | 'issued_late' | 'overdue' | 'not_yet_due';

/** Where a unit stands on its duty on `today`. */
export function unitPlanState(dueOn: string, issuedOn: string | null, today: string): UnitPlanState {
  if (issuedOn) return issuedOn <= dueOn ? 'issued_on_time' : 'issued_late';
  return today > dueOn ? 'overdue' : 'not_yet_due';
}
