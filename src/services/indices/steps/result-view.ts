/** A stored result as the tracker shows it: facts, its source file and its comparisons with the year before. */
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { storedFiles } from '../../../db/schema/index.js';
import { factsOf, type IndexResultRow } from '../../../db/queries/indices/index-rows.js';
import type { YearComparison } from '../../../domain/indices/series.js';
import { shownName, type AreaResult } from '../../../domain/indices/types.js';

export async function resultViews(
  db: DbOrTx,
  rows: readonly IndexResultRow[],
  comparisons = new Map<string, YearComparison[]>(),
) {
  const fileIds = [...new Set(rows.map((r) => r.sourceFileId).filter((id): id is string => id !== null))];
  const files = fileIds.length
    ? await db
        .select({ id: storedFiles.id, fileName: storedFiles.fileName, sizeBytes: storedFiles.sizeBytes })
        .from(storedFiles)
        .where(inArray(storedFiles.id, fileIds))
    : [];
  const fileOf = new Map(files.map((f) => [f.id, { fileName: f.fileName, sizeBytes: f.sizeBytes }]));
  return rows.map((row) => {
    const facts = factsOf(row);
    return {
      id: row.id,
      indexCode: row.indexCode,
      year: row.year,
      province: row.province,
      label: row.label,
      name: shownName(facts),
      own: row.own,
      score: row.score,
      rank: row.rank,
      rankOf: row.rankOf,
      areas: row.areas as AreaResult[],
      publishedOn: row.publishedOn,
      sourceNote: row.sourceNote,
      sourceFile: row.sourceFileId ? (fileOf.get(row.sourceFileId) ?? null) : null,
      comparisons: comparisons.get(row.id) ?? [],
    };
  });
}

/** What the audit keeps of a result. */
export const auditedResult = (row: IndexResultRow) => ({
  id: row.id,
  indexCode: row.indexCode,
  year: row.year,
  province: row.province,
  label: row.label,
  own: row.own,
  score: row.score,
  rank: row.rank,
  rankOf: row.rankOf,
  areas: (row.areas as AreaResult[]).map((a) => ({ ...a })),
});
