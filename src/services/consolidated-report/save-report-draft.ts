import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { saveReportDraftRequest } from '../../contracts/consolidated-report.js';
import { reportDrafts } from '../../db/schema/index.js';
import { staleVersion } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { draftView } from '../../db/queries/consolidated-report/draft-defaults.js';
import { loadPeriod } from '../../db/queries/consolidation/period-dataset.js';

/** Saves the coordinator's texts, naming the version read (0 for the first save); 409 if someone saved since. */
export async function saveReportDraft(
  ctx: ServiceContext,
  periodId: string,
  input: z.infer<typeof saveReportDraftRequest>,
) {
  const actor = await authorize(ctx, 'provinceReport.write', { periodId }, 'soạn báo cáo tổng hợp');
  const { version, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadPeriod(tx, periodId);
    const [current] = await tx.select().from(reportDrafts).where(eq(reportDrafts.periodId, periodId)).for('update');
    if ((current?.version ?? 0) !== version) throw staleVersion('Báo cáo tổng hợp');
    const stamp = { updatedBy: actor.userId, updatedAt: ctx.now() };
    const [row] = current
      ? await tx
          .update(reportDrafts)
          .set({ ...fields, ...stamp, version: version + 1 })
          .where(and(eq(reportDrafts.id, current.id), eq(reportDrafts.version, version)))
          .returning()
      : await tx
          .insert(reportDrafts)
          .values({ periodId, ...fields, ...stamp })
          .onConflictDoNothing()
          .returning();
    if (!row) throw staleVersion('Báo cáo tổng hợp');
    await recordAudit(
      tx,
      actor,
      current
        ? { action: 'reportDraft.save', entityId: row.id, before: current, after: row }
        : { action: 'reportDraft.create', entityId: row.id, after: row },
    );
    return draftView(loaded, row);
  });
}
