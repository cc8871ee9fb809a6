import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { indicatorValues } from '../../schema/index.js';

export const coordinatorValue = (db: DbOrTx, indicatorId: string, periodId: string) =>
  db
    .select()
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.indicatorId, indicatorId),
        eq(indicatorValues.periodId, periodId),
        isNull(indicatorValues.unitId),
      ),
    )
    .then((rows) => rows[0]);
