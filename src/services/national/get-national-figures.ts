/**
 * The national figures (issue #17.5): every province's figures over a period side by side, each combined over its
 * own units exactly as its figures page combines them, and the country's combined from the same counts: a rate is
 * Σ numerator / Σ denominator over every province's units (never a mean of the provinces' percentages), a count
 * their sum, a score none for the country, nor a province's own index result or rank (34 ranks do not add up).
 * Each value keeps its source.
 */
import type { NationalFiguresQuery, NationalFiguresView } from '../../contracts/national.js';
import { unitsOfLevel } from '../../db/queries/figures/level-units.js';
import { snapshotCache } from '../../db/queries/snapshot-cache.js';
import { provinceUnits } from '../../db/queries/units/province.js';
import { FIGURE_KEYS, type FigureKey } from '../../domain/figures/catalogue.js';
import { indexFigures } from '../../domain/figures/index-figures.js';
import { periodOfSpan } from '../../domain/figures/period.js';
import { combineRates, type FigureValue } from '../../domain/figures/values.js';
import { formatNumberVi, localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { collectFigures } from '../figures/collect-figures.js';

export async function getNationalFigures(
  ctx: ServiceContext,
  query: NationalFiguresQuery,
): Promise<NationalFiguresView> {
  await authorize(ctx, 'national.read');
  const keys = query.keys?.length ? [...query.keys] : FIGURE_KEYS;
  const period = periodOfSpan(query.year, query.span);
  const today = localDateOf(ctx.now());
  return cachedAnswers(ctx.db, JSON.stringify([keys, period, today]), async () => {
    const provinces = await provinceUnits(ctx.db);
    const levelUnits = await Promise.all(provinces.map((p) => unitsOfLevel(ctx.db, 'province', period, p.id)));
    // Every unit's values in one pass over the country (a unit shared by the provinces, outside them all, once);
    // a province's index results are its own unit's, read per province as its figures page reads them.
    const byUnit = new Map<string, FigureValue[]>();
    const shared = keys.filter((key) => !OWN_PROVINCE_RESULTS.has(key));
    const everyUnit = [...new Set(levelUnits.flat())];
    for (const value of await collectFigures(ctx.db, { keys: shared, unitIds: everyUnit, period, today })) {
      const values = byUnit.get(value.unitId!);
      if (values) values.push(value);
      else byUnit.set(value.unitId!, [value]);
    }
    const own = keys.filter((key) => OWN_PROVINCE_RESULTS.has(key));
    const rows = [];
    const ownResults: FigureValue[] = [];
    for (const [i, province] of provinces.entries()) {
      const unitIds = levelUnits[i]!;
      const results = own.length
        ? await collectFigures(ctx.db, { keys: own, unitIds, period, today, level: 'province' })
        : [];
      ownResults.push(...results);
      const values = [...unitIds.flatMap((id) => byUnit.get(id) ?? []), ...results];
      rows.push({
        provinceId: province.id,
        code: province.code,
        name: province.name,
        values: inCatalogueOrder(combineRates(values, { unitId: province.id })),
      });
    }
    const national = combineRates([...[...byUnit.values()].flat(), ...ownResults], {
      source: (_key, parts) => ({
        label: `${formatNumberVi(provinces.length)} tỉnh, thành phố; ${formatNumberVi(parts.filter((p) => p.value !== null).length)} đơn vị có số liệu`,
      }),
    }).map((value) => (OWN_PROVINCE_RESULTS.has(value.key) ? notForTheCountry(value) : value));
    return { year: query.year, span: query.span, period, provinces: rows, national: inCatalogueOrder(national) };
  });
}

/** A province's published index results: its own, with no meaning summed over provinces. */
const OWN_PROVINCE_RESULTS = new Set<FigureKey>(indexFigures.map((figure) => figure.key));

const position = new Map<FigureKey, number>(FIGURE_KEYS.map((key, i) => [key, i]));
const inCatalogueOrder = (values: FigureValue[]) => values.sort((a, b) => position.get(a.key)! - position.get(b.key)!);

const notForTheCountry = (value: FigureValue): FigureValue => ({
  ...value,
  numerator: null,
  denominator: null,
  value: null,
  source: { label: 'Kết quả riêng của từng tỉnh, không cộng gộp cho cả nước' },
});

const cachedAnswers = snapshotCache<NationalFiguresView>({ maxEntries: 20, maxAgeMs: 60_000 });
