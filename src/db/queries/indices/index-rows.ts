/** The tracker's rows: indices, live results (not archived), targets and work items, mapped to domain facts. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { indexResults, indexTargets, indexWorkItems, nationalIndices } from '../../schema/index.js';
import { ofProvince } from '../units/province.js';
import type { AreaResult, DeclaredIndexSum, IndexArea, IndexResultFacts } from '../../../domain/indices/types.js';

export type IndexResultRow = typeof indexResults.$inferSelect;

export interface IndexView {
  code: string;
  name: string;
  publisher: string;
  maxScore: number | null;
  areas: IndexArea[];
}

export const indexViewOf = (row: typeof nationalIndices.$inferSelect): IndexView => ({
  code: row.code,
  name: row.name,
  publisher: row.publisher,
  maxScore: row.maxScore,
  areas: row.areas as IndexArea[],
});

export async function loadIndices(db: DbOrTx): Promise<IndexView[]> {
  const rows = await db
    .select()
    .from(nationalIndices)
    .orderBy(asc(nationalIndices.createdAt), asc(nationalIndices.code));
  return rows.map(indexViewOf);
}

export async function loadIndex(db: DbOrTx, code: string): Promise<IndexView | null> {
  const [row] = await db.select().from(nationalIndices).where(eq(nationalIndices.code, code));
  return row ? indexViewOf(row) : null;
}

export const factsOf = (row: IndexResultRow): IndexResultFacts => ({
  id: row.id,
  indexCode: row.indexCode,
  year: row.year,
  province: row.province,
  label: row.label,
  own: row.own,
  score: row.score,
  rank: row.rank,
  rankOf: row.rankOf,
  areas: row.areas as AreaResult[],
  declaredSums: row.declaredSums as DeclaredIndexSum[],
});

/** Live results in a province's tracker (and the shared ones; null: every tracker), oldest year first. */
export async function loadResults(db: DbOrTx, provinceId: string | null): Promise<IndexResultRow[]> {
  return db
    .select()
    .from(indexResults)
    .where(and(isNull(indexResults.archivedAt), ofProvince(indexResults.provinceId, provinceId)))
    .orderBy(asc(indexResults.year), asc(indexResults.province));
}

export async function loadResult(db: DbOrTx, id: string, lock = false): Promise<IndexResultRow | null> {
  const query = db.select().from(indexResults).where(eq(indexResults.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** A province's live targets (and the shared ones; null: every province's). */
export async function loadTargets(db: DbOrTx, provinceId: string | null) {
  return db
    .select()
    .from(indexTargets)
    .where(and(isNull(indexTargets.archivedAt), ofProvince(indexTargets.provinceId, provinceId)))
    .orderBy(asc(indexTargets.year), asc(indexTargets.createdAt));
}

export async function loadWorkItems(db: DbOrTx, resultId: string) {
  return db
    .select()
    .from(indexWorkItems)
    .where(eq(indexWorkItems.resultId, resultId))
    .orderBy(asc(indexWorkItems.createdAt));
}
