import { and, count, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { RegisterTiles, WorkflowTile } from '../../contracts/registers.js';
import { unitsOfLevel } from '../../db/queries/figures/level-units.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { registerEntries, registerFollowUps } from '../../db/schema/index.js';
import { reachesEverywhere } from '../../domain/access/policy.js';
import { figureDefinition, type FigureKey } from '../../domain/figures/catalogue.js';
import { yearOf } from '../../domain/figures/period.js';
import { combineRates } from '../../domain/figures/values.js';
import { REGISTERS } from '../../domain/registers/index.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { collectFigures } from '../figures/collect-figures.js';
import { feedbackSource } from '../figures/sources/citizen-feedback.js';
import { initiativeSource } from '../figures/sources/initiatives.js';
import { registerSource } from '../figures/sources/registers.js';
import { unitPlanSource } from '../figures/sources/unit-plans.js';

/** The workflows with pages of their own, each tile showing its figure source's figures. */
const WORKFLOW_SOURCES: Record<WorkflowTile['workflow'], { keys: readonly string[] }> = {
  'unit-plans': unitPlanSource,
  initiatives: initiativeSource,
  'citizen-feedback': feedbackSource,
};

/**
 * The dashboard's tile of each register for a year: entries recorded, follow-ups open and overdue, and the
 * register's figures (the province's, Σ over its units, rates Σ/Σ; a unit's reporters their own unit's).
 */
export async function getRegisterTiles(ctx: ServiceContext, query: { year?: number }): Promise<RegisterTiles> {
  const actor = await authorize(ctx, 'register.read', { unitId: ctx.actor?.unitId ?? undefined });
  const today = localDateOf(ctx.now());
  const year = query.year ?? Number(today.slice(0, 4));
  const period = yearOf(year);
  const everywhere = reachesEverywhere(actor, 'register.read');
  const unitIds = everywhere
    ? await unitsOfLevel(ctx.db, 'province', period, await provinceOfUnit(ctx.db, actor.unitId))
    : [actor.unitId!];
  const workflowKeys = Object.values(WORKFLOW_SOURCES).flatMap((source) => source.keys);
  const keys = [...registerSource.keys, ...workflowKeys] as FigureKey[];
  const values = combineRates(await collectFigures(ctx.db, { keys, unitIds, period, today }));
  const tileFigure = (key: string) => {
    const value = values.find((v) => v.key === key);
    const definition = figureDefinition(key as FigureKey);
    return {
      key,
      name: definition.name.vi,
      kind: definition.kind,
      value: value?.value ?? null,
      numerator: value?.numerator ?? null,
      denominator: value?.denominator ?? null,
    };
  };
  const tiles = [];
  for (const register of REGISTERS) {
    const entryScope: SQL[] = [eq(registerEntries.register, register.key), isNull(registerEntries.cancelledAt)];
    if (!everywhere) entryScope.push(eq(registerEntries.unitId, actor.unitId!));
    if (register.dateField)
      entryScope.push(sql`${registerEntries.fields} ->> ${register.dateField} between ${period.from} and ${period.to}`);
    const [entries] = await ctx.db
      .select({ n: count() })
      .from(registerEntries)
      .where(and(...entryScope));
    const followScope: SQL[] = [eq(registerEntries.register, register.key), eq(registerFollowUps.status, 'open')];
    if (!everywhere) followScope.push(inArray(registerFollowUps.unitId, unitIds));
    const [open] = await ctx.db
      .select({ n: count(), overdue: sql<number>`count(*) filter (where ${lt(registerFollowUps.dueOn, today)})` })
      .from(registerFollowUps)
      .innerJoin(registerEntries, eq(registerEntries.id, registerFollowUps.entryId))
      .where(and(...followScope));
    tiles.push({
      register: register.key,
      name: register.name.vi,
      entries: entries?.n ?? 0,
      openFollowUps: open?.n ?? 0,
      overdueFollowUps: Number(open?.overdue ?? 0),
      figures: register.figures.map((figure) => tileFigure(figure.key)),
    });
  }
  const workflows = Object.entries(WORKFLOW_SOURCES).map(([workflow, source]) => ({
    workflow: workflow as WorkflowTile['workflow'],
    figures: source.keys.map(tileFigure),
  }));
  return { year, tiles, workflows };
}
