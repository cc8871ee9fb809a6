/** The coordinator opens a round: one criteria set version, the units scored and the windows. Starts as a draft. */
import { inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { createRoundRequest } from '../../contracts/scoring.js';
import { scoringRoundUnits, scoringRounds, units } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import type { Subject } from '../../domain/scoring/types.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { loadCriteriaSetRow } from '../../db/queries/scoring/criteria-set-row.js';
import { getRound } from './get-round.js';

/** Unit kinds a set for each subject scores. */
const KINDS_FOR_SUBJECT: Record<Subject, readonly string[]> = {
  province: ['province'],
  department: ['department', 'other'],
  district: ['district'],
  commune: ['commune'],
};

export async function createRound(ctx: ServiceContext, input: z.infer<typeof createRoundRequest>) {
  const actor = await authorize(ctx, 'scoring.manage', {}, 'mở đợt đánh giá');
  const id = await ctx.db.transaction(async (tx) => {
    const { row: setRow } = await loadCriteriaSetRow(tx, input.criteriaSetId);
    if (setRow.archivedAt)
      throw new AppError('ARCHIVED', { record: 'criteria-set', code: setRow.code, version: setRow.version });
    const unitIds = [...new Set(input.unitIds)];
    const provinceId = await provinceOfUnit(tx, actor.unitId);
    const found = await tx.select().from(units).where(inArray(units.id, unitIds));
    const elsewhere = found.filter((u) => provinceId && u.provinceId && u.provinceId !== provinceId).map((u) => u.name);
    const missing = unitIds.length - found.length;
    const archived = found.filter((u) => u.archivedAt).map((u) => u.name);
    const wrongKind = found.filter((u) => !KINDS_FOR_SUBJECT[setRow.subject].includes(u.kind)).map((u) => u.name);
    const problems = [
      ...(missing ? [`${missing} đơn vị không tồn tại`] : []),
      ...(archived.length ? [`đơn vị đã lưu trữ: ${archived.join(', ')}`] : []),
      ...(elsewhere.length ? [`đơn vị của tỉnh khác: ${elsewhere.slice(0, 10).join(', ')}`] : []),
      ...(wrongKind.length
        ? [
            `không thuộc đối tượng của bộ tiêu chí: ${wrongKind.slice(0, 10).join(', ')}${wrongKind.length > 10 ? '…' : ''}`,
          ]
        : []),
    ];
    if (problems.length) throw new AppError('INVALID_ROUND_UNITS', { problems }, { problems });
    const { unitIds: _ids, ...fields } = input;
    const [round] = await tx
      .insert(scoringRounds)
      .values({
        ...fields,
        provinceId,
        status: 'draft',
        createdBy: actor.userId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning();
    await tx
      .insert(scoringRoundUnits)
      .values(found.map((u) => ({ roundId: round!.id, unitId: u.id, rankGroup: u.kind })));
    await recordAudit(tx, actor, { action: 'scoringRound.create', entityId: round!.id, after: { ...round!, unitIds } });
    return round!.id;
  });
  return getRound(ctx, id);
}
