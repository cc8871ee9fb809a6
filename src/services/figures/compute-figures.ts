/**
 * Figures of the catalogue for a unit or a level over a period, each with its source. A level's value is
 * combined from its units' values (a rate is Σ numerator / Σ denominator); the units' own values come with
 * it. A unit's reporters see only their own unit; the province-wide roles see every unit and level.
 */
import { unitsOfLevel } from '../../db/queries/figures/level-units.js';
import { snapshotCache } from '../../db/queries/snapshot-cache.js';
import type { FigureScope } from '../../domain/figures/scope.js';
import { reachesEverywhere } from '../../domain/access/policy.js';
import { FIGURE_KEYS, type FigureKey } from '../../domain/figures/catalogue.js';
import type { FigurePeriod } from '../../domain/figures/period.js';
import { combineRates, type FigureValue } from '../../domain/figures/values.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { collectFigures } from './collect-figures.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';

export type { FigureScope } from '../../domain/figures/scope.js';

export interface ComputeFiguresInput {
  /** Empty or absent: every key of the catalogue. */
  keys?: readonly FigureKey[];
  /** Absent: the whole province for those who read it, the actor's own unit for a unit's reporters. */
  scope?: FigureScope;
  period: FigurePeriod;
}

export interface ComputedFigures {
  period: FigurePeriod;
  scope: FigureScope;
  /** One value per key: the unit's, or the level's combined from its units (unitId null). */
  values: FigureValue[];
  /** Each unit's own values (for a unit scope, the same as `values`). */
  units: FigureValue[];
}

export async function computeFigures(ctx: ServiceContext, input: ComputeFiguresInput): Promise<ComputedFigures> {
  const { period } = input;
  const scope = input.scope ?? defaultScope(ctx);
  const actor = await authorize(ctx, 'figures.read', 'unitId' in scope ? { unitId: scope.unitId } : {});
  const keys = input.keys?.length ? [...input.keys] : FIGURE_KEYS;
  const today = localDateOf(ctx.now());
  // A level is the actor's province's (issue #17.5).
  const province = 'unitId' in scope ? null : await provinceOfUnit(ctx.db, actor.unitId);
  // Asked by every screen between imports: the answer is kept while the database has not changed.
  return cachedAnswers(ctx.db, JSON.stringify([keys, scope, period, today, province]), async () => {
    const unitIds = 'unitId' in scope ? [scope.unitId] : await unitsOfLevel(ctx.db, scope.level, period, province);
    const units = await collectFigures(ctx.db, {
      keys,
      unitIds,
      period,
      today,
      level: 'level' in scope ? scope.level : undefined,
    });
    const values = 'unitId' in scope ? units : combineRates(units);
    return { period, scope, values, units };
  });
}

const cachedAnswers = snapshotCache<ComputedFigures>({ maxEntries: 100, maxAgeMs: 60_000 });

function defaultScope({ actor }: ServiceContext): FigureScope {
  if (!actor || reachesEverywhere(actor, 'figures.read') || !actor.unitId) return { level: 'province' };
  return { unitId: actor.unitId };
}
