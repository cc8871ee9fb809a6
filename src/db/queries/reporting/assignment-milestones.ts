import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../client.js';
import { assignmentMilestones, assignments } from '../../schema/index.js';
import {
  carryMilestones,
  nextDueOn,
  sameMilestones,
  type MilestoneState,
} from '../../../domain/reporting/milestones.js';

export interface MilestoneView {
  id: string;
  label: string;
  dueOn: string;
  doneOn: string | null;
}

/** The milestones of these assignments, in date order, by assignment. */
export async function loadMilestones(
  db: DbOrTx,
  assignmentIds: readonly string[],
): Promise<Map<string, MilestoneView[]>> {
  const byAssignment = new Map<string, MilestoneView[]>();
  if (!assignmentIds.length) return byAssignment;
  const rows = await db
    .select()
    .from(assignmentMilestones)
    .where(inArray(assignmentMilestones.assignmentId, [...assignmentIds]))
    .orderBy(asc(assignmentMilestones.assignmentId), asc(assignmentMilestones.position));
  for (const r of rows) {
    const list = byAssignment.get(r.assignmentId) ?? [];
    list.push({ id: r.id, label: r.label, dueOn: r.dueOn, doneOn: r.doneOn });
    byAssignment.set(r.assignmentId, list);
  }
  return byAssignment;
}

/**
 * Puts an assignment's milestones in step with its deadline cell (a commit or a later version of the plan):
 * done states carried over, and the assignment's due date set to the next open milestone (or `single` when the
 * cell no longer has several dates). Nothing is written when nothing changes.
 */
export async function syncMilestones(
  tx: Tx,
  assignmentId: string,
  fresh: readonly { label: string; due: string }[],
  single: string | null,
): Promise<boolean> {
  const old = await tx
    .select()
    .from(assignmentMilestones)
    .where(eq(assignmentMilestones.assignmentId, assignmentId))
    .orderBy(asc(assignmentMilestones.position));
  if (!old.length && !fresh.length) return false;
  const state = (m: (typeof old)[number]): MilestoneState => ({
    label: m.label,
    dueOn: m.dueOn,
    doneOn: m.doneOn,
    doneBy: m.doneBy,
  });
  const next = carryMilestones(old.map(state), fresh);
  if (sameMilestones(old.map(state), next)) return false;
  await tx.delete(assignmentMilestones).where(eq(assignmentMilestones.assignmentId, assignmentId));
  if (next.length)
    await tx.insert(assignmentMilestones).values(next.map((m, position) => ({ assignmentId, position, ...m })));
  await tx
    .update(assignments)
    .set({ dueOn: next.length ? nextDueOn(next) : single })
    .where(eq(assignments.id, assignmentId));
  return true;
}

/** An assignment carried to another unit (a merger, a reassignment) keeps its milestones and their state. */
export async function copyMilestones(tx: Tx, fromId: string, toId: string): Promise<void> {
  const rows = await tx.select().from(assignmentMilestones).where(eq(assignmentMilestones.assignmentId, fromId));
  if (rows.length)
    await tx
      .insert(assignmentMilestones)
      .values(rows.map(({ id: _id, assignmentId: _from, ...m }) => ({ ...m, assignmentId: toId })));
}

/**
 * Next year's plan: the milestones still open on last year's assignments go with them, each date moved
 * by `move` (the same day of the new year); a date `move` cannot place is left for the coordinator, as the
 * assignment's own due date is. Done milestones stay with last year's assignment, its history.
 */
export async function carryOpenMilestones(
  tx: Tx,
  pairs: readonly { fromId: string; toId: string }[],
  move: (date: string) => string | null,
): Promise<void> {
  if (!pairs.length) return;
  const toId = new Map(pairs.map((p) => [p.fromId, p.toId]));
  const open = await tx
    .select()
    .from(assignmentMilestones)
    .where(inArray(assignmentMilestones.assignmentId, [...toId.keys()]))
    .orderBy(asc(assignmentMilestones.assignmentId), asc(assignmentMilestones.position));
  const rows = open.flatMap((m) => {
    const dueOn = m.doneOn ? null : move(m.dueOn);
    return dueOn ? [{ assignmentId: toId.get(m.assignmentId)!, label: m.label, dueOn }] : [];
  });
  const position = new Map<string, number>();
  const placed = rows.map((r) => {
    const next = position.get(r.assignmentId) ?? 0;
    position.set(r.assignmentId, next + 1);
    return { ...r, position: next };
  });
  for (let i = 0; i < placed.length; i += 500) await tx.insert(assignmentMilestones).values(placed.slice(i, i + 500));
}
