/**
 * Every registered source asked for the keys it holds, for the given units and period: one value per unit
 * and key. Shared by computeFigures and the scoring prefill (which has already checked its own access).
 */
import type { DbOrTx } from '../../db/client.js';
import type { FigureValue } from '../../domain/figures/values.js';
import { FIGURE_SOURCES, type FigureQuery } from './figure-sources.js';

export async function collectFigures(db: DbOrTx, query: FigureQuery): Promise<FigureValue[]> {
  const values: FigureValue[] = [];
  for (const source of FIGURE_SOURCES) {
    const keys = query.keys.filter((k) => source.keys.includes(k));
    if (keys.length) values.push(...(await source.compute(db, { ...query, keys })));
  }
  return values;
}
