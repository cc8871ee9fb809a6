import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { serviceFigures } from '../../schema/index.js';

type Insert = typeof serviceFigures.$inferInsert;
export type ServiceFigureKey = Pick<Insert, 'unitId' | 'groupCode' | 'periodFrom' | 'periodTo'>;
export type ServiceFigureValues = Omit<Insert, keyof ServiceFigureKey | 'id'>;

const BATCH = 500;

/**
 * Stores the published rows of an import, one per unit, group and period, a few hundred per statement (an
 * import of a period holds one row per unit and group); a second import of the same unit, group and period
 * replaces its row (the portal republished), never adds one. A key given twice keeps the last row. Answers
 * how many rows were new.
 */
export async function storeServiceFigures(
  tx: DbOrTx,
  rows: readonly { key: ServiceFigureKey; values: ServiceFigureValues }[],
): Promise<{ created: number }> {
  const byKey = new Map(
    rows.map((r) => [`${r.key.unitId}|${r.key.groupCode}|${r.key.periodFrom}|${r.key.periodTo}`, r]),
  );
  const unique = [...byKey.values()];
  let created = 0;
  for (let i = 0; i < unique.length; i += BATCH) {
    const part = unique.slice(i, i + BATCH);
    const columns = Object.keys(part[0]!.values) as (keyof ServiceFigureValues)[];
    const stored = await tx
      .insert(serviceFigures)
      .values(part.map((r) => ({ ...r.key, ...r.values })))
      .onConflictDoUpdate({
        target: [serviceFigures.unitId, serviceFigures.groupCode, serviceFigures.periodFrom, serviceFigures.periodTo],
        set: Object.fromEntries(columns.map((c) => [c, sql.raw(`excluded.${serviceFigures[c].name}`)])),
      })
      // xmax is 0 only on a row this statement inserted.
      .returning({ created: sql<boolean>`(xmax = 0)` });
    created += stored.filter((s) => s.created).length;
  }
  return { created };
}
