/**
 * What computes figures: each capability registers one source in figure-sources.ts for the catalogue keys
 * it knows. A source answers one value per unit asked and key it holds (value null where it has no data).
 */
import type { DbOrTx } from '../../db/client.js';
import type { FigureKey } from '../../domain/figures/catalogue.js';
import type { FigurePeriod } from '../../domain/figures/period.js';
import type { FigureLevel } from '../../domain/figures/scope.js';
import type { FigureValue } from '../../domain/figures/values.js';
import type { ActivityScope } from '../../db/queries/figures/activity-counts.js';

export interface FigureQuery {
  keys: FigureKey[];
  unitIds: string[];
  period: FigurePeriod;
  /** Vietnam's calendar day the figures are read on (work not yet due is not late); the period's end if absent. */
  today?: string;
  /** The level asked for, when the units are a level's (a source whose figure is the province's own reads it). */
  level?: FigureLevel;
  /** activities.* only: count the work of these plans (a programme's yearly plans) and, if named, one area. */
  activities?: ActivityScope;
}

export interface FigureSource {
  keys: readonly FigureKey[];
  compute(db: DbOrTx, query: FigureQuery): Promise<FigureValue[]>;
}
