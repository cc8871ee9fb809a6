import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { commitPlanImportRequest } from '../../contracts/plans.js';
import { planImports, plans, planVersions } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { getPlan } from './get-plan.js';
import { localDateOf } from '../../domain/text/format.js';
import { materialisePlan } from '../../db/queries/reporting/materialise-plan.js';
import { directoryOfActor } from '../../db/queries/units/load-directory.js';
import { withConfirmedDuties } from '../../domain/plan/prose-duties.js';

/**
 * Turns a reviewed draft into a committed plan: a new plan, or the next version of the plan it revises,
 * and into the work it assigns (activities, assignments, indicators, periods). Committed versions are immutable.
 */
export async function commitPlanImport(
  ctx: ServiceContext,
  importId: string,
  request: z.infer<typeof commitPlanImportRequest>,
) {
  const actor = await authorize(ctx, 'plan.import', { planImportId: importId }, 'ghi kế hoạch');
  const planId = await ctx.db.transaction(async (tx) => {
    // Locked: two commits of one draft at once would otherwise both pass the status check and make two plans.
    const [draft] = await tx.select().from(planImports).where(eq(planImports.id, importId)).for('update');
    if (!draft) throw notFound('bản nhập kế hoạch');
    if (draft.status !== 'open') throw new AppError('IMPORT_CLOSED');
    if (draft.version !== request.version) throw staleVersion('Bản nhập kế hoạch');
    // An appendix table that gave no activity is never a plan: its columns have to be mapped first.
    const unread = draft.reading?.state === 'needsMapping' && !draft.content.activities.length;
    if (unread || (!draft.content.activities.length && !draft.content.indicators.length)) {
      throw new AppError('EMPTY_PLAN', unread ? { needsMapping: true } : undefined);
    }
    // Duties of the text the coordinator confirmed are activities of the committed plan ("TC-n").
    const content = withConfirmedDuties(draft.content);
    const year = content.year ?? Number(draft.asOf.slice(0, 4));
    let plan: typeof plans.$inferSelect;
    if (draft.basePlanId) {
      const [base] = await tx.select().from(plans).where(eq(plans.id, draft.basePlanId));
      if (!base) throw notFound('kế hoạch cần cập nhật');
      const [next] = await tx
        .update(plans)
        .set({
          name: request.name,
          year,
          documentNumber: draft.content.documentNumber,
          currentVersion: base.currentVersion + 1,
        })
        .where(and(eq(plans.id, base.id), eq(plans.currentVersion, base.currentVersion)))
        .returning();
      if (!next) throw staleVersion('Kế hoạch');
      plan = next;
    } else {
      [plan] = (await tx
        .insert(plans)
        .values({
          name: request.name,
          year,
          documentNumber: draft.content.documentNumber,
          currentVersion: 1,
          provinceId: draft.provinceId,
          createdBy: actor.userId,
        })
        .returning()) as [typeof plans.$inferSelect];
    }
    const [version] = await tx
      .insert(planVersions)
      .values({
        planId: plan.id,
        version: plan.currentVersion,
        content,
        sourceFileId: draft.sourceFileId,
        note: request.note,
        committedBy: actor.userId,
      })
      .returning({ id: planVersions.id });
    await tx
      .update(planImports)
      .set({ status: 'committed', committedVersionId: version!.id, updatedAt: ctx.now() })
      .where(eq(planImports.id, importId));
    const work = await materialisePlan(
      tx,
      plan.id,
      plan.currentVersion,
      content,
      await directoryOfActor(tx, actor),
      localDateOf(ctx.now()),
    );
    await recordAudit(tx, actor, {
      action: draft.basePlanId ? 'plan.commitVersion' : 'plan.commit',
      entityId: plan.id,
      after: { name: plan.name, version: plan.currentVersion, importId, ...work, unassigned: work.unassigned.length },
      reason: request.note,
    });
    return plan.id;
  });
  return getPlan(ctx, planId);
}
