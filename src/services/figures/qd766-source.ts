/**
 * qd766.*: the service-quality figures the national portal published, as `cchc service-figures import`
 * stored them (db/queries/service-figures/published-figures.ts). Shaped as a FigureSource of
 * figure-sources.ts, where it is registered at merge.
 */
import type { DbOrTx } from '../../db/client.js';
import { loadPublishedFigures } from '../../db/queries/service-figures/published-figures.js';
import { qd766Figures } from '../../domain/figures/qd766-figures.js';
import { qd766FigureValues } from '../../domain/service-quality/figure-values.js';

export const qd766Source = {
  keys: qd766Figures.map((f) => f.key),
  async compute(
    db: DbOrTx,
    query: { keys: readonly string[]; unitIds: string[]; period: { from: string; to: string } },
  ) {
    const rows = await loadPublishedFigures(db, query.unitIds, query.period);
    return qd766FigureValues(rows, query.unitIds, query.keys);
  },
};
