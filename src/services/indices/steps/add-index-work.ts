/**
 * Lost points made into work in a plan, in `tx`: an activity beside the plan's own lines (key "CSQG-…", so a later
 * version of the document keeps it), one lead assignment for the responsible agency naming the index, year, area or
 * criterion and the points lost, and the work item linking them. The points come from a published result of the
 * national indices tracker, or from a criterion of the province's joint round that the Ministry's appraisal deducted.
 */
import { and, eq, isNull, like } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { assignments, indexWorkItems, planActivities, plans, units } from '../../../db/schema/index.js';
import { AppError, notFound } from '../../../domain/errors.js';
import { indexWorkKey } from '../../../domain/indices/work-key.js';
import { formatDateVi, formatNumberVi } from '../../../domain/text/format.js';
import type { Actor } from '../../context.js';

/** Where the lost points were read: a published result, or the province's joint round. */
export type IndexWorkOrigin = { resultId: string } | { roundId: string };

export interface IndexWork {
  origin: IndexWorkOrigin;
  indexCode: string;
  indexName: string;
  year: number;
  areaCode: string;
  criterionCode: string | null;
  /** The line's name ("Cải cách chế độ công vụ"). */
  name: string;
  lost: number;
  maxPoints: number | null;
  unitId: string;
  planId: string;
  title?: string;
  dueOn?: string | null;
  /** The assignment (and work item) of the year before that this work continues. */
  carriedFrom?: typeof assignments.$inferSelect;
  carriedFromItemId?: string;
}

export async function addIndexWork(tx: Tx, actor: Actor, now: Date, work: IndexWork) {
  const [plan] = await tx.select().from(plans).where(eq(plans.id, work.planId)).for('update');
  if (!plan || plan.archivedAt) throw notFound('kế hoạch');
  const [unit] = await tx.select().from(units).where(eq(units.id, work.unitId));
  if (!unit) throw new AppError('UNIT_NOT_FOUND');
  if (unit.archivedAt) throw new AppError('UNIT_ARCHIVED');
  const base = indexWorkKey(work.indexCode, work.year, work.areaCode, work.criterionCode, 1);
  const taken = await tx
    .select({ key: planActivities.activityKey })
    .from(planActivities)
    .where(and(eq(planActivities.planId, plan.id), like(planActivities.activityKey, `${base}%`)));
  const key = indexWorkKey(work.indexCode, work.year, work.areaCode, work.criterionCode, taken.length + 1);
  const where = work.criterionCode ? `tiêu chí ${work.criterionCode}` : `lĩnh vực ${work.areaCode}`;
  const lostText = `mất ${formatNumberVi(work.lost)}${work.maxPoints !== null ? `/${formatNumberVi(work.maxPoints)}` : ''} điểm`;
  const title =
    work.title ?? `Khắc phục điểm bị mất ${work.indexName} năm ${work.year}, ${where} (${work.name}): ${lostText}`;
  // Without a date the task would sort after every dated one in the agency's list: the plan's year end.
  const dueOn = work.dueOn ?? `${plan.year}-12-31`;
  const [activity] = await tx
    .insert(planActivities)
    .values({
      planId: plan.id,
      activityKey: key,
      area: work.indexName,
      title,
      objective: `${work.indexName} năm ${work.year}, ${where} (${work.name}): ${lostText}.`,
      deadlineText: work.dueOn ? formatDateVi(work.dueOn) : `Năm ${plan.year}`,
      dueOn,
      leadText: unit.name,
      cooperatingText: '',
    })
    .returning();
  const from = work.carriedFrom;
  const [assignment] = await tx
    .insert(assignments)
    .values({
      planId: plan.id,
      activityId: activity!.id,
      unitId: unit.id,
      role: 'lead',
      writtenAs: unit.name,
      dueOn,
      note: `Khắc phục điểm bị mất ${work.indexName} ${work.year} — ${where}`,
      carriedFromId: from?.id ?? null,
      ...(from ? { status: from.status, progress: from.progress, resultText: from.resultText } : {}),
    })
    .returning();
  const [item] = await tx
    .insert(indexWorkItems)
    .values({
      resultId: 'resultId' in work.origin ? work.origin.resultId : null,
      roundId: 'roundId' in work.origin ? work.origin.roundId : null,
      carriedFromId: work.carriedFromItemId ?? null,
      areaCode: work.areaCode,
      criterionCode: work.criterionCode,
      lostPoints: work.lost,
      assignmentId: assignment!.id,
      createdBy: actor.userId,
      createdAt: now,
    })
    .returning();
  return { item: item!, assignment: assignment!, activity: activity!, plan };
}

/** Whether an assignment has already been continued in another plan. */
export async function continued(tx: Tx, assignmentId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.carriedFromId, assignmentId), isNull(assignments.cancelledAt)));
  return !!row;
}
