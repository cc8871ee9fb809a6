/**
 * Writes a year's result of an index for a province in `tx`: the live row of the same index, year and province
 * (if any) is archived with the reason, never deleted, and the new one takes its place.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { indexResults } from '../../../db/schema/index.js';
import { provinceOfUnit, sameProvince } from '../../../db/queries/units/province.js';
import { foldVietnamese } from '../../../domain/text/fold.js';
import type { Actor } from '../../context.js';
import type { AreaResult, DeclaredIndexSum } from '../../../domain/indices/types.js';

export interface ResultValues {
  indexCode: string;
  year: number;
  province: string;
  label: string;
  own: boolean;
  score: number | null;
  rank: number | null;
  rankOf: number | null;
  areas: AreaResult[];
  declaredSums?: DeclaredIndexSum[];
  publishedOn?: string | null;
  sourceNote?: string;
  sourceFileId?: string | null;
}

/** Writes a result in the actor's province's tracker, archiving the live one of the same province it replaces. */
export async function writeResult(tx: Tx, actor: Actor, now: Date, values: ResultValues, reason: string) {
  const provinceId = await provinceOfUnit(tx, actor.unitId);
  const live = await tx
    .select()
    .from(indexResults)
    .where(
      and(
        eq(indexResults.indexCode, values.indexCode),
        eq(indexResults.year, values.year),
        isNull(indexResults.archivedAt),
        sameProvince(indexResults.provinceId, provinceId),
      ),
    )
    .for('update');
  const before = live.find((r) => foldVietnamese(r.province) === foldVietnamese(values.province)) ?? null;
  if (before)
    await tx.update(indexResults).set({ archivedAt: now, archiveReason: reason }).where(eq(indexResults.id, before.id));
  const [after] = await tx
    .insert(indexResults)
    .values({
      ...values,
      province: before?.province ?? values.province,
      provinceId,
      sourceFileId: values.sourceFileId ?? before?.sourceFileId ?? null,
      enteredBy: actor.userId,
      enteredAt: now,
      version: (before?.version ?? 0) + 1,
    })
    .returning();
  return { before, after: after! };
}
