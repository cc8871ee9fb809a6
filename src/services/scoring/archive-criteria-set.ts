import { and, eq, isNull } from 'drizzle-orm';
import { criteriaSets } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadCriteriaSetRow } from '../../db/queries/scoring/criteria-set-row.js';

/** Hides a version from new rounds; rounds that use it keep it (the content is never deleted). */
export async function archiveCriteriaSet(ctx: ServiceContext, id: string, reason: string) {
  const actor = await authorize(ctx, 'scoring.manage', {}, 'lưu trữ bộ tiêu chí');
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadCriteriaSetRow(tx, id);
    if (row.archivedAt) throw new AppError('ARCHIVED', { record: 'criteria-set' });
    // Conditional: of two archivings at once, the second finds nothing left to archive.
    const archived = await tx
      .update(criteriaSets)
      .set({ archivedAt: ctx.now() })
      .where(and(eq(criteriaSets.id, id), isNull(criteriaSets.archivedAt)))
      .returning({ id: criteriaSets.id });
    if (!archived.length) throw new AppError('ARCHIVED', { record: 'criteria-set' });
    await recordAudit(tx, actor, {
      action: 'criteriaSet.archive',
      entityId: id,
      before: { archivedAt: null },
      after: { archivedAt: ctx.now() },
      reason,
    });
  });
}
