/**
 * The values of plan targets linked to catalogue figures (a coordinator confirmed the link): for each
 * reporting period, the figure over the target's level (domain/figures/indicator-link.ts maps the period
 * and the level), computed by the figure sources with one collectFigures call per period and level, never
 * row by row per unit. A unit's own value is asked the same way, with that unit alone. Shared by the
 * dashboard, the consolidated report, the plan's targets and a unit's report form, each of which has
 * checked its own access.
 */
import type { DbOrTx } from '../../db/client.js';
import { unitsOfLevel } from '../../db/queries/figures/level-units.js';
import type { PeriodDataset } from '../../domain/consolidation/dataset.js';
import type { LinkedFigureRow } from '../../domain/consolidation/types.js';
import { figureDefinition, isFigureKey, type FigureKey } from '../../domain/figures/catalogue.js';
import {
  figureLevelOfTarget,
  figurePeriodOfReportingPeriod,
  type PeriodForFigure,
  type TargetLevel,
} from '../../domain/figures/indicator-link.js';
import type { FigureLevel } from '../../domain/figures/scope.js';
import { combineRates, type FigureValue } from '../../domain/figures/values.js';
import { collectFigures } from './collect-figures.js';

export interface LinkedTarget {
  id: string;
  level: TargetLevel;
  /** The confirmed key (a suggestion is not passed here). */
  figureKey: string | null;
}

export interface PeriodToCompute extends PeriodForFigure {
  code: string;
}

export const sourceLabelOf = (key: FigureKey) => `Số liệu theo dõi: ${figureDefinition(key).name.vi}`;

const linkedOnly = (targets: readonly LinkedTarget[]) =>
  targets.flatMap((t) => (t.figureKey && isFigureKey(t.figureKey) ? [{ ...t, figureKey: t.figureKey }] : []));

/** Each linked target's value over its level, for each period given. */
export async function linkedIndicatorFigures(
  db: DbOrTx,
  input: {
    year: number;
    periods: readonly PeriodToCompute[];
    targets: readonly LinkedTarget[];
    today: string;
    /** The plan's province, whose units a level covers (null: every province's). */
    provinceId: string | null;
  },
): Promise<LinkedFigureRow[]> {
  const linked = linkedOnly(input.targets);
  if (!linked.length) return [];
  const rows: LinkedFigureRow[] = [];
  for (const period of input.periods) {
    const figurePeriod = figurePeriodOfReportingPeriod(period, input.year);
    const byLevel = new Map<FigureLevel, typeof linked>();
    for (const target of linked) {
      const level = figureLevelOfTarget(target.level);
      if (level) byLevel.set(level, [...(byLevel.get(level) ?? []), target]);
    }
    for (const [level, targets] of byLevel) {
      const unitIds = await unitsOfLevel(db, level, figurePeriod, input.provinceId);
      const keys = [...new Set(targets.map((t) => t.figureKey))];
      const values = await collectFigures(db, { keys, unitIds, period: figurePeriod, today: input.today, level });
      const combined = new Map(combineRates(values).map((v) => [v.key, v]));
      for (const target of targets) {
        const value = combined.get(target.figureKey);
        rows.push({
          indicatorId: target.id,
          periodCode: period.code,
          figureKey: target.figureKey,
          value: value?.value ?? null,
          numerator: value?.numerator ?? null,
          denominator: value?.denominator ?? null,
          unitsCovered: value?.value == null ? 0 : (value.unitsCovered ?? 0),
          unitsInScope: unitIds.length,
          sourceLabel: sourceLabelOf(target.figureKey),
        });
      }
    }
  }
  return rows;
}

/** One unit's own value of each linked target for a period (its report form shows it, read-only). */
export async function unitLinkedFigures(
  db: DbOrTx,
  input: { year: number; period: PeriodForFigure; unitId: string; targets: readonly LinkedTarget[]; today: string },
): Promise<Map<string, FigureValue & { sourceLabel: string }>> {
  const linked = linkedOnly(input.targets);
  if (!linked.length) return new Map();
  const figurePeriod = figurePeriodOfReportingPeriod(input.period, input.year);
  const keys = [...new Set(linked.map((t) => t.figureKey))];
  const values = await collectFigures(db, { keys, unitIds: [input.unitId], period: figurePeriod, today: input.today });
  const byKey = new Map(values.map((v) => [v.key, v]));
  return new Map(
    linked.flatMap((t) => {
      const value = byKey.get(t.figureKey);
      return value ? [[t.id, { ...value, sourceLabel: sourceLabelOf(t.figureKey) }] as const] : [];
    }),
  );
}

/**
 * A period's dataset with the values of its linked targets for every regular period of the plan's year (the
 * verdict runs over the year) and the period itself when it is an ad-hoc request.
 */
export async function withLinkedFigures(
  db: DbOrTx,
  data: PeriodDataset,
  plan: { year: number; provinceId: string | null },
): Promise<PeriodDataset> {
  const periods = [...data.periods];
  if (!periods.some((p) => p.code === data.period.code)) periods.push(data.period);
  const linkedFigures = await linkedIndicatorFigures(db, {
    year: plan.year,
    provinceId: plan.provinceId,
    periods: periods.flatMap((p) =>
      p.kind && p.start && p.end ? [{ ...p, kind: p.kind, start: p.start, end: p.end }] : [],
    ),
    targets: data.indicators.map((i) => ({ id: i.id, level: i.level, figureKey: i.figureKey ?? null })),
    today: data.today,
  });
  return { ...data, linkedFigures };
}
