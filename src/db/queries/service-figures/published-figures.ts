import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { serviceFigures } from '../../schema/index.js';

/** The stored portal rows of these units for exactly this period (the portal publishes per period, not per day). */
export function loadPublishedFigures(db: DbOrTx, unitIds: readonly string[], period: { from: string; to: string }) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      unitId: serviceFigures.unitId,
      groupCode: serviceFigures.groupCode,
      publishedScore: serviceFigures.publishedScore,
      recomputedScore: serviceFigures.recomputedScore,
      differs: serviceFigures.differs,
      counts: serviceFigures.counts,
      metrics: serviceFigures.metrics,
      qualityFlags: serviceFigures.qualityFlags,
    })
    .from(serviceFigures)
    .where(
      and(
        inArray(serviceFigures.unitId, [...unitIds]),
        eq(serviceFigures.periodFrom, period.from),
        eq(serviceFigures.periodTo, period.to),
      ),
    );
}

export type PublishedFigureRow = Awaited<ReturnType<typeof loadPublishedFigures>>[number];
