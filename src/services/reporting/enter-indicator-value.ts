import { and, eq, isNull } from 'drizzle-orm';
import { indicatorValues, planIndicators, reportingPeriods, storedFiles } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { valueView } from '../../db/queries/reporting/indicator-value-view.js';

/** The coordinator records a province-wide figure for a period, with where it comes from (an evidence file already attached stays). */
export async function enterIndicatorValue(
  ctx: ServiceContext,
  indicatorId: string,
  input: { periodId: string; value: number; note: string },
) {
  const actor = await authorize(
    ctx,
    'indicator.enter',
    { indicatorId, periodId: input.periodId },
    'nhập số liệu chỉ tiêu toàn tỉnh',
  );
  return ctx.db.transaction(async (tx) => {
    const [indicator] = await tx.select().from(planIndicators).where(eq(planIndicators.id, indicatorId));
    if (!indicator) throw notFound('chỉ tiêu');
    const [period] = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.id, input.periodId));
    if (!period || period.planId !== indicator.planId) throw notFound('kỳ báo cáo của kế hoạch');
    if (indicator.unit === '%' && (input.value < 0 || input.value > 100)) throw new AppError('INVALID_VALUE');
    const row = {
      indicatorId,
      periodId: period.id,
      unitId: null,
      value: input.value,
      note: input.note,
      source: 'coordinator' as const,
      enteredBy: actor.userId,
      enteredAt: ctx.now(),
    };
    const [before] = await tx
      .select()
      .from(indicatorValues)
      .where(
        and(
          eq(indicatorValues.indicatorId, indicatorId),
          eq(indicatorValues.periodId, period.id),
          isNull(indicatorValues.unitId),
        ),
      );
    const [after] = await tx
      .insert(indicatorValues)
      .values(row)
      .onConflictDoUpdate({
        target: [indicatorValues.indicatorId, indicatorValues.periodId, indicatorValues.unitId],
        set: row,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'planIndicator.enterValue',
      entityId: indicatorId,
      before: before ?? null,
      after: after!,
    });
    const [file] = after!.evidenceFileId
      ? await tx
          .select({ fileName: storedFiles.fileName, sizeBytes: storedFiles.sizeBytes })
          .from(storedFiles)
          .where(eq(storedFiles.id, after!.evidenceFileId))
      : [];
    return valueView({ v: after!, file: file ?? null })!;
  });
}
