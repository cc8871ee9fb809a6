import { and, eq } from 'drizzle-orm';
import { storedFileDownload } from '../../db/queries/files/stored-file-download.js';
import { indicatorValues, unitReports } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/**
 * The evidence of a unit's figure for a target: a file its report names for that target (as being written,
 * or as submitted to the unit's figure). Read by whoever reads the unit's data.
 */
export async function downloadUnitIndicatorEvidence(
  ctx: ServiceContext,
  target: { periodId: string; unitId: string; indicatorId: string },
  fileId: string,
) {
  await authorize(ctx, 'unitData.read', { unitId: target.unitId });
  const [report] = await ctx.db
    .select({ content: unitReports.content })
    .from(unitReports)
    .where(and(eq(unitReports.periodId, target.periodId), eq(unitReports.unitId, target.unitId)));
  const [value] = await ctx.db
    .select({ evidenceFileId: indicatorValues.evidenceFileId })
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.indicatorId, target.indicatorId),
        eq(indicatorValues.periodId, target.periodId),
        eq(indicatorValues.unitId, target.unitId),
      ),
    );
  const named =
    value?.evidenceFileId === fileId ||
    (report?.content.indicators ?? []).some((v) => v.indicatorId === target.indicatorId && v.evidenceFileId === fileId);
  return storedFileDownload(ctx.db, ctx.files, named ? fileId : null, 'tệp minh chứng của số liệu này');
}
