/**
 * Milestones of an assignment (several due dates read from one deadline cell): which one is next, and how
 * a new version of the plan keeps what the unit already marked done.
 */
import { foldVietnamese } from '../text/fold.js';

export interface MilestoneState {
  label: string;
  dueOn: string;
  doneOn: string | null;
  doneBy: string | null;
}

/** The assignment's due date: the earliest milestone not yet done; the last one once all are done. */
export function nextDueOn(milestones: readonly Pick<MilestoneState, 'dueOn' | 'doneOn'>[]): string | null {
  const sorted = [...milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return sorted.find((m) => m.doneOn === null)?.dueOn ?? sorted.at(-1)?.dueOn ?? null;
}

/**
 * The milestones a new version gives, in date order, each keeping the done state of the old milestone with
 * the same label and date, else the same label, else the same date (a moved date or a renamed report).
 */
export function carryMilestones(
  old: readonly MilestoneState[],
  fresh: readonly { label: string; due: string }[],
): MilestoneState[] {
  const left = [...old];
  const take = (match: (m: MilestoneState) => boolean) => {
    const index = left.findIndex(match);
    return index < 0 ? undefined : left.splice(index, 1)[0];
  };
  const same = (a: string, b: string) => foldVietnamese(a) === foldVietnamese(b);
  const sorted = [...fresh].sort((a, b) => a.due.localeCompare(b.due));
  const matched = sorted.map((m) => take((o) => same(o.label, m.label) && o.dueOn === m.due));
  return sorted.map((m, i) => {
    const was = matched[i] ?? take((o) => same(o.label, m.label)) ?? take((o) => o.dueOn === m.due);
    return { label: m.label, dueOn: m.due, doneOn: was?.doneOn ?? null, doneBy: was?.doneBy ?? null };
  });
}

/** Two lists say the same (label, date, done state) in the same order. */
export function sameMilestones(a: readonly MilestoneState[], b: readonly MilestoneState[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const o = b[i]!;
      return m.label === o.label && m.dueOn === o.dueOn && m.doneOn === o.doneOn && m.doneBy === o.doneBy;
    })
  );
}
