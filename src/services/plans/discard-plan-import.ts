import { eq } from 'drizzle-orm';
import { planImports } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** Drops a draft from the review list; the row and its file are kept for the record. */
export async function discardPlanImport(ctx: ServiceContext, importId: string, reason: string) {
  const actor = await authorize(ctx, 'plan.import', { planImportId: importId }, 'hủy bản nhập kế hoạch');
  await ctx.db.transaction(async (tx) => {
    // Locked so that a commit running at the same moment sees the draft discarded, or this sees it committed.
    const [draft] = await tx
      .select({ status: planImports.status })
      .from(planImports)
      .where(eq(planImports.id, importId))
      .for('update');
    if (!draft) throw notFound('bản nhập kế hoạch');
    if (draft.status !== 'open') throw new AppError('IMPORT_CLOSED');
    await tx.update(planImports).set({ status: 'discarded', updatedAt: ctx.now() }).where(eq(planImports.id, importId));
    await recordAudit(tx, actor, { action: 'planImport.discard', entityId: importId, reason });
  });
}
