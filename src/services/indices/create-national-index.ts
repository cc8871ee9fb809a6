import type { z } from 'zod';
import type { indexRequest } from '../../contracts/indices.js';
import { nationalIndices } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { indexViewOf, loadIndex } from '../../db/queries/indices/index-rows.js';
import { AppError } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { ensureIndices } from './steps/ensure-indices.js';

/** Adds an index the seed file does not have (a new national index, a regional one): data, not code. */
export async function createNationalIndex(ctx: ServiceContext, request: z.infer<typeof indexRequest>) {
  const actor = await authorize(ctx, 'indices.manage');
  await ensureIndices(ctx.db);
  return ctx.db.transaction(async (tx) => {
    if (await loadIndex(tx, request.code)) throw new AppError('DUPLICATE_INDEX', { code: request.code });
    const [row] = await tx
      .insert(nationalIndices)
      .values({ ...request, createdBy: actor.userId, createdAt: ctx.now() })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('DUPLICATE_INDEX', { code: request.code });
    await recordAudit(tx, actor, {
      action: 'nationalIndex.create',
      entityId: row.code,
      after: { code: row.code, name: row.name, maxScore: row.maxScore, areas: request.areas.length },
    });
    return indexViewOf(row);
  });
}
