import type { z } from 'zod';
import type { indexTargetRequest } from '../../contracts/indices.js';
import { indexTargets } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { loadIndex } from '../../db/queries/indices/index-rows.js';
import { AppError, notFound } from '../../domain/errors.js';
import { readIndexTarget } from '../../domain/indices/targets.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { ensureIndices } from './steps/ensure-indices.js';

/**
 * A target the plan sets on an index for a year, from its words ("nằm trong nhóm 15 tỉnh, thành phố đứng đầu",
 * "tăng 5 bậc", "đạt tối thiểu 90 điểm") or a chosen kind and value.
 */
export async function addIndexTarget(ctx: ServiceContext, request: z.infer<typeof indexTargetRequest>) {
  const actor = await authorize(ctx, 'indices.manage', request.planId ? { planId: request.planId } : {});
  await ensureIndices(ctx.db);
  if (!(await loadIndex(ctx.db, request.indexCode))) throw notFound('chỉ số');
  const read =
    request.kind && request.value !== undefined
      ? { kind: request.kind, value: request.value }
      : readIndexTarget(request.text);
  if (!read) throw new AppError('INDEX_TARGET_UNREADABLE', { text: request.text.slice(0, 120) });
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(indexTargets)
      .values({
        indexCode: request.indexCode,
        year: request.year,
        areaCode: request.areaCode,
        kind: read.kind,
        value: read.value,
        text: request.text,
        planId: request.planId ?? null,
        provinceId: await provinceOfUnit(tx, actor.unitId),
        createdBy: actor.userId,
        createdAt: ctx.now(),
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'indexTarget.create',
      entityId: row!.id,
      after: {
        indexCode: row!.indexCode,
        year: row!.year,
        areaCode: row!.areaCode,
        kind: row!.kind,
        value: row!.value,
        text: row!.text,
      },
    });
    return { id: row!.id, kind: row!.kind, value: row!.value };
  });
}
