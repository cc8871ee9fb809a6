import { and, eq } from 'drizzle-orm';
import type { ReviseActivityRequest } from '../../contracts/plans.js';
import { planImports } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../domain/errors.js';
import { createFieldReaders } from '../../domain/plan/field-readers.js';
import { reviseActivity } from '../../domain/plan/revise-activity.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { directoryOfActor } from '../../db/queries/units/load-directory.js';
import { getPlanImport } from './get-plan-import.js';

/** Corrects one activity of a draft under review; the draft's version guards against two editors. */
export async function revisePlanImportActivity(
  ctx: ServiceContext,
  importId: string,
  activityId: string,
  request: ReviseActivityRequest,
) {
  const actor = await authorize(ctx, 'plan.import', { planImportId: importId }, 'sửa bản nhập kế hoạch');
  const { version, ...revision } = request;
  const directory = await directoryOfActor(ctx.db, actor);
  await ctx.db.transaction(async (tx) => {
    const [draft] = await tx.select().from(planImports).where(eq(planImports.id, importId));
    if (!draft) throw notFound('bản nhập kế hoạch');
    if (draft.status !== 'open') throw new AppError('IMPORT_CLOSED', { attempt: 'revise' });
    if (draft.version !== version) throw staleVersion('Bản nhập kế hoạch');
    const index = draft.content.activities.findIndex((a) => a.id === activityId);
    if (index < 0) throw notFound('hoạt động trong bản nhập');
    if (revision.area && !draft.content.areas.some((a) => a.code === revision.area)) {
      throw new AppError('UNKNOWN_AREA', { area: revision.area });
    }
    const before = draft.content.activities[index]!;
    const readers = createFieldReaders(directory, draft.asOf, draft.content.year);
    const after = reviseActivity(before, revision, readers);
    const activities = draft.content.activities.map((a, i) => (i === index ? after : a));
    const [updated] = await tx
      .update(planImports)
      .set({
        content: { ...draft.content, activities },
        // Said before a re-reading with a column mapping, which reads every activity afresh.
        revisedActivityIds: draft.revisedActivityIds.includes(activityId)
          ? draft.revisedActivityIds
          : [...draft.revisedActivityIds, activityId],
        version: draft.version + 1,
        updatedAt: ctx.now(),
      })
      .where(and(eq(planImports.id, importId), eq(planImports.version, version)))
      .returning({ id: planImports.id });
    if (!updated) throw staleVersion('Bản nhập kế hoạch');
    await recordAudit(tx, actor, { action: 'planImport.reviseActivity', entityId: importId, before, after });
  });
  return getPlanImport(ctx, importId);
}
