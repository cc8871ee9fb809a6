import type { z } from 'zod';
import type { indexResultRequest } from '../../contracts/indices.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { loadIndex } from '../../db/queries/indices/index-rows.js';
import { AppError, notFound } from '../../domain/errors.js';
import { resultIssues } from '../../domain/indices/validate-result.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { ensureIndices } from './steps/ensure-indices.js';
import { auditedResult, resultViews } from './steps/result-view.js';
import { writeResult } from './steps/write-result.js';

/**
 * Enters (or corrects) a province's result of an index for a year as the form gives it: score, rank among how
 * many provinces, each area's score and maximum. A correction archives the row it replaces.
 */
export async function recordIndexResult(
  ctx: ServiceContext,
  indexCode: string,
  request: z.infer<typeof indexResultRequest>,
) {
  const actor = await authorize(ctx, 'indices.manage');
  await ensureIndices(ctx.db);
  const index = await loadIndex(ctx.db, indexCode);
  if (!index) throw notFound('chỉ số');
  const areas = request.areas.map((a) => ({ ...a, parent: a.parent || null }));
  const issues = resultIssues({ ...request, areas }, index.maxScore);
  if (issues.length) throw new AppError('INDEX_RESULT_INVALID', { issues });
  const row = await ctx.db.transaction(async (tx) => {
    const { before, after } = await writeResult(
      tx,
      actor,
      ctx.now(),
      { ...request, indexCode: index.code, areas },
      'Nhập lại kết quả qua biểu mẫu',
    );
    await recordAudit(tx, actor, {
      action: 'indexResult.record',
      entityId: after.id,
      before: before ? auditedResult(before) : null,
      after: auditedResult(after),
    });
    return after;
  });
  return (await resultViews(ctx.db, [row]))[0]!;
}
