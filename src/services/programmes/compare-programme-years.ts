import type { z } from 'zod';
import type { ProgrammeComparison, programmeComparisonQuery } from '../../contracts/programmes.js';
import { areasOf, leadUnitsOf } from '../../db/queries/programmes/programme-scope.js';
import { programmeWithPlans } from '../../db/queries/programmes/programme-rows.js';
import { reachesEverywhere } from '../../domain/access/policy.js';
import type { FigureKey } from '../../domain/figures/catalogue.js';
import { yearOf } from '../../domain/figures/period.js';
import { combineRates, type FigureValue } from '../../domain/figures/values.js';
import { notFound } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { collectFigures } from '../figures/collect-figures.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

const KEYS: FigureKey[] = ['activities.completion_rate', 'activities.on_time_rate'];
type Row = ProgrammeComparison['rows'][number];
type Cell = Row['cells'][number];

/**
 * An area's or a unit's completion and on-time rates, year by year across a programme: the catalogue's
 * `activities.completion_rate` and `activities.on_time_rate` over each year's plans, Σ numerator / Σ
 * denominator of the lead assignments due that year; a year with nothing due (or no plan) has no value,
 * never 0 %. Province-wide readers see every area or unit; a unit's reporter only its own unit's row.
 */
export async function compareProgrammeYears(
  ctx: ServiceContext,
  programmeId: string,
  query: z.infer<typeof programmeComparisonQuery>,
): Promise<ProgrammeComparison> {
  const everywhere = ctx.actor !== null && reachesEverywhere(ctx.actor, 'figures.read');
  const ownUnit = query.by === 'unit' && !everywhere ? (ctx.actor?.unitId ?? undefined) : undefined;
  const unitId = query.by === 'unit' ? (query.unitId ?? ownUnit) : undefined;
  await authorize(ctx, 'figures.read', unitId ? { unitId } : {}, 'xem số liệu của đơn vị khác');
  const programme = await programmeWithPlans(ctx.db, programmeId);
  if (!programme) throw notFound('chương trình');
  const today = localDateOf(ctx.now());
  const years: ProgrammeComparison['years'] = [];
  for (let year = programme.startYear; year <= programme.endYear; year++)
    years.push({ year, plans: programme.plans.filter((p) => p.year === year).map(({ id, name }) => ({ id, name })) });
  const planIds = programme.plans.map((p) => p.id);
  const leads = await leadUnitsOf(ctx.db, planIds, unitId);
  const unitIds = leads.map((u) => u.id);

  /** Each year's values for the units (one per unit and key), from the activity figures' source. */
  const perYear = async (area?: string) =>
    Promise.all(
      years.map(async (y) =>
        y.plans.length && unitIds.length
          ? collectFigures(ctx.db, {
              keys: KEYS,
              unitIds,
              period: yearOf(y.year),
              today,
              activities: { planIds: y.plans.map((p) => p.id), area },
            })
          : [],
      ),
    );
  const cellsOf = (values: FigureValue[][]): Cell[] =>
    years.map((y, i) => ({
      year: y.year,
      completion: cell(values[i]!, 'activities.completion_rate'),
      onTime: cell(values[i]!, 'activities.on_time_rate'),
    }));

  let rows: Row[];
  if (query.by === 'unit') {
    const values = await perYear();
    rows = leads.map((u) => ({
      key: u.id,
      kind: 'unit',
      label: u.name,
      cells: cellsOf(values.map((v) => v.filter((x) => x.unitId === u.id))),
    }));
  } else {
    const areas = await areasOf(ctx.db, planIds);
    rows = [
      { key: 'total', kind: 'total', label: 'Toàn chương trình', cells: cellsOf(await perYear()) },
      ...(await Promise.all(
        areas.map(async (a): Promise<Row> => ({
          key: a.code,
          kind: 'area',
          label: `${a.code}. ${a.title}`,
          cells: cellsOf(await perYear(a.code)),
        })),
      )),
    ];
  }
  return {
    programme: { id: programme.id, name: programme.name, startYear: programme.startYear, endYear: programme.endYear },
    by: query.by,
    years,
    rows,
  };
}

/** One key's Σ numerator / Σ denominator over the units' values; null where nothing was due. */
function cell(values: FigureValue[], key: FigureKey): Cell['completion'] {
  const [combined] = combineRates(values.filter((v) => v.key === key));
  return combined && combined.value !== null
    ? { numerator: combined.numerator, denominator: combined.denominator, value: combined.value }
    : { numerator: null, denominator: null, value: null };
}
