import { eq } from 'drizzle-orm';
import { planImports } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { requireRole } from '../access.js';
import type { ServiceContext } from '../context.js';
import { PLAN_EDITORS } from './plan-access.js';

/** Drops a draft from the review list; the row and its file are kept for the record. */
export async function discardPlanImport(ctx: ServiceContext, importId: string, reason: string) {
  const actor = requireRole(ctx, PLAN_EDITORS, 'hủy bản nhập kế hoạch');
  await ctx.db.transaction(async (tx) => {
    // Locked so that a commit running at the same moment sees the draft discarded, or this sees it committed.
    const [draft] = await tx.select({ status: planImports.status }).from(planImports).where(eq(planImports.id, importId)).for('update');
    if (!draft) throw notFound('bản nhập kế hoạch');
    if (draft.status !== 'open') throw new AppError('IMPORT_CLOSED', 'Bản nhập này đã được ghi hoặc đã hủy.', 409);
    await tx.update(planImports).set({ status: 'discarded', updatedAt: ctx.now() }).where(eq(planImports.id, importId));
    await recordAudit(tx, actor, { action: 'planImport.discard', entityId: importId, reason });
  });
}
