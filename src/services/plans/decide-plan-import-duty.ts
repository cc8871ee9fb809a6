import { and, eq } from 'drizzle-orm';
import type { DecideDutyRequest } from '../../contracts/plans.js';
import { planImports } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { getPlanImport } from './get-plan-import.js';

/**
 * The coordinator confirms a duty read from the plan's text (it becomes an activity with assignments at commit),
 * drops it, or leaves it suggested; the draft's version guards against two reviewers.
 */
export async function decidePlanImportDuty(
  ctx: ServiceContext,
  importId: string,
  dutyId: string,
  request: DecideDutyRequest,
) {
  const actor = await authorize(ctx, 'plan.import', { planImportId: importId }, 'rà soát bản nhập kế hoạch');
  await ctx.db.transaction(async (tx) => {
    const [draft] = await tx.select().from(planImports).where(eq(planImports.id, importId));
    if (!draft) throw notFound('bản nhập kế hoạch');
    if (draft.status !== 'open') throw new AppError('IMPORT_CLOSED', { attempt: 'revise' });
    if (draft.version !== request.version) throw staleVersion('Bản nhập kế hoạch');
    const duty = draft.content.duties?.find((d) => d.id === dutyId);
    if (!duty) throw notFound('nhiệm vụ đọc từ văn bản');
    const duties = draft.content.duties!.map((d) => (d.id === dutyId ? { ...d, decision: request.decision } : d));
    const [updated] = await tx
      .update(planImports)
      .set({ content: { ...draft.content, duties }, version: draft.version + 1, updatedAt: ctx.now() })
      .where(and(eq(planImports.id, importId), eq(planImports.version, request.version)))
      .returning({ id: planImports.id });
    if (!updated) throw staleVersion('Bản nhập kế hoạch');
    await recordAudit(tx, actor, {
      action: 'planImport.decideDuty',
      entityId: importId,
      before: { dutyId, decision: duty.decision },
      after: { dutyId, decision: request.decision },
    });
  });
  return getPlanImport(ctx, importId);
}
