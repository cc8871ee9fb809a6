import { contentOfBytes } from '../../files/upload-content.js';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { mapPlanImportColumnsRequest } from '../../contracts/plans.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { directoryOfActor } from '../../db/queries/units/load-directory.js';
import { planImports, storedFiles } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../domain/errors.js';
import { carryDutyDecisions } from '../../domain/plan/prose-duties.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { getPlanImport } from './get-plan-import.js';

/**
 * The coordinator says which table holds the activities and which column is which: the stored document is
 * read again (off-thread, as at upload) with that mapping, and the draft's content replaced by what it gives.
 * The draft's version guards against two coordinators mapping (or revising) it at once; activities revised
 * by hand before are read afresh (the web asks first: the draft says how many), while the duties decided keep
 * their decision when the same sentence is read again (the prose does not depend on the mapping).
 */
export async function mapPlanImportColumns(
  ctx: ServiceContext,
  importId: string,
  request: z.infer<typeof mapPlanImportColumnsRequest>,
) {
  const actor = await authorize(
    ctx,
    'plan.import',
    { planImportId: importId },
    'sửa cách đọc cột của bản nhập kế hoạch',
  );
  const [found] = await ctx.db
    .select({ draft: planImports, file: storedFiles })
    .from(planImports)
    .innerJoin(storedFiles, eq(storedFiles.id, planImports.sourceFileId))
    .where(eq(planImports.id, importId));
  if (!found) throw notFound('bản nhập kế hoạch');
  const { draft, file } = found;
  if (draft.status !== 'open') throw new AppError('IMPORT_CLOSED', { attempt: 'revise' });
  if (draft.version !== request.version) throw staleVersion('Bản nhập kế hoạch');
  const [directory, bytes] = await Promise.all([directoryOfActor(ctx.db, actor), ctx.files.get(file.storageKey)]);
  const {
    plan: read,
    sourceRows,
    reading,
  } = await readUploadOffThread({
    kind: 'plan',
    content: contentOfBytes(bytes),
    fileName: file.fileName,
    directory,
    asOf: draft.asOf,
    mapping: request.mapping,
  });
  // A mapping that does not fit the document (another table's width, a row it does not have) or gives no
  // activity is said, not saved: the draft stays as it was.
  if (reading.state !== 'mapped') {
    throw new AppError('COLUMN_MAPPING_UNUSABLE', { reason: reading.reason ?? 'không được hoạt động nào.' });
  }
  const plan = carryDutyDecisions(read, draft.content);
  await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(planImports)
      .set({
        content: plan,
        sourceRows,
        reading,
        columnMapping: request.mapping,
        revisedActivityIds: [],
        version: draft.version + 1,
        updatedAt: ctx.now(),
      })
      .where(
        and(eq(planImports.id, importId), eq(planImports.version, request.version), eq(planImports.status, 'open')),
      )
      .returning({ id: planImports.id });
    if (!updated) throw staleVersion('Bản nhập kế hoạch');
    await recordAudit(tx, actor, {
      action: 'planImport.mapColumns',
      entityId: importId,
      before: {
        mapping: draft.columnMapping ?? null,
        activities: draft.content.activities.length,
        revisedActivities: draft.revisedActivityIds.length,
      },
      after: { mapping: request.mapping, activities: plan.activities.length },
    });
  });
  return getPlanImport(ctx, importId);
}
