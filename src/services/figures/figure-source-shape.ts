import type { Database } from '../../db/client.js';
import type { FigureValue } from '../../domain/figures/figure-shapes.js';

/**
 * The figure catalogue's source shape (mirrors `figure-sources.ts` of the catalogue branch; replaced by it
 * at merge): a source computes the keys it knows for the units and period asked.
 */
export interface FigureSource {
  keys: readonly string[];
  compute(
    db: Database,
    request: { keys: readonly string[]; unitIds: readonly string[]; period: { from: string; to: string } },
  ): Promise<FigureValue[]>;
}
