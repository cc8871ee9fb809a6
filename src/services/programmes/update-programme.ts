import { and, eq, isNull, or, gt, lt } from 'drizzle-orm';
import type { z } from 'zod';
import type { updateProgrammeRequest } from '../../contracts/programmes.js';
import { plans, programmes } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { programmeWithPlans } from '../../db/queries/programmes/programme-rows.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** Renames a programme or changes its years; years that would leave one of its plans outside are refused. */
export async function updateProgramme(
  ctx: ServiceContext,
  id: string,
  request: z.infer<typeof updateProgrammeRequest>,
) {
  const actor = await authorize(ctx, 'programme.manage', { programmeId: id });
  const { version, ...next } = request;
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(programmes).where(eq(programmes.id, id)).for('update');
    if (!before) throw notFound('chương trình');
    if (before.version !== version) throw staleVersion('Chương trình');
    const outside = await tx
      .select({ year: plans.year })
      .from(plans)
      .where(
        and(
          eq(plans.programmeId, id),
          isNull(plans.archivedAt),
          or(lt(plans.year, next.startYear), gt(plans.year, next.endYear)),
        ),
      );
    if (outside.length)
      throw new AppError('PROGRAMME_YEARS_EXCLUDE_PLANS', {
        years: [...new Set(outside.map((p) => p.year))].sort().join(', '),
      });
    await tx
      .update(programmes)
      .set({ ...next, version: before.version + 1 })
      .where(eq(programmes.id, id));
    await recordAudit(tx, actor, {
      action: 'programme.update',
      entityId: id,
      before: { name: before.name, startYear: before.startYear, endYear: before.endYear },
      after: next,
    });
  });
  return (await programmeWithPlans(ctx.db, id))!;
}
