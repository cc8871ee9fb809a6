/**
 * A result's lost points against its maximum and against the same province's result of the year before (in the same
 * tracker).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { indexResults } from '../../../db/schema/index.js';
import { factsOf, loadIndex, loadResult, type IndexResultRow } from '../../../db/queries/indices/index-rows.js';
import { sameProvince } from '../../../db/queries/units/province.js';
import { notFound } from '../../../domain/errors.js';
import { lostPoints } from '../../../domain/indices/lost-points.js';
import { foldVietnamese } from '../../../domain/text/fold.js';
import { shownName } from '../../../domain/indices/types.js';

export async function lostPointsOf(db: DbOrTx, resultId: string, lock = false) {
  const row = await loadResult(db, resultId, lock);
  if (!row || row.archivedAt) throw notFound('kết quả chỉ số');
  const index = (await loadIndex(db, row.indexCode))!;
  const before = await db
    .select()
    .from(indexResults)
    .where(
      and(
        eq(indexResults.indexCode, row.indexCode),
        eq(indexResults.year, row.year - 1),
        isNull(indexResults.archivedAt),
        sameProvince(indexResults.provinceId, row.provinceId),
      ),
    );
  // The own province's year before is its own row; the year after a merger has two, and no single area to compare with.
  const candidates: IndexResultRow[] = row.own
    ? before.filter((b) => b.own)
    : before.filter((b) => foldVietnamese(b.province) === foldVietnamese(row.province));
  const last = candidates.length === 1 ? candidates[0]! : null;
  const facts = factsOf(row);
  return {
    row,
    index,
    last,
    lastLabel: last
      ? `${shownName(factsOf(last))} năm ${last.year}`
      : candidates.length > 1
        ? `năm ${row.year - 1} có ${candidates.length} tỉnh trước sáp nhập (${candidates.map((c) => shownName(factsOf(c))).join(', ')}): không so theo lĩnh vực`
        : null,
    lost: lostPoints(facts, index.maxScore, last ? factsOf(last) : null),
  };
}
