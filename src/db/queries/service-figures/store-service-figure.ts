import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { serviceFigures } from '../../schema/index.js';

type Insert = typeof serviceFigures.$inferInsert;
export type ServiceFigureKey = Pick<Insert, 'unitId' | 'groupCode' | 'periodFrom' | 'periodTo'>;
export type ServiceFigureValues = Omit<Insert, keyof ServiceFigureKey | 'id'>;

/**
 * Stores one group's published row for a unit and period; a second import of the same unit, group and
 * period replaces it (the portal republished), never adds a row. Answers whether the row is new.
 */
export async function storeServiceFigure(
  tx: DbOrTx,
  key: ServiceFigureKey,
  values: ServiceFigureValues,
): Promise<{ created: boolean }> {
  const [stored] = await tx
    .insert(serviceFigures)
    .values({ ...key, ...values })
    .onConflictDoUpdate({
      target: [serviceFigures.unitId, serviceFigures.groupCode, serviceFigures.periodFrom, serviceFigures.periodTo],
      set: values,
    })
    // xmax is 0 only on a row this statement inserted.
    .returning({ created: sql<boolean>`(xmax = 0)` });
  return { created: stored?.created ?? false };
}
