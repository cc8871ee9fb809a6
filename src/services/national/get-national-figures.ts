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
    const provinces = [];
    // Each unit's values once: a unit shared by every province (outside them all) is counted once for the country.
    const everyUnit = new Map<string, FigureValue>();
    for (const province of await provinceUnits(ctx.db)) {
      const unitIds = await unitsOfLevel(ctx.db, 'province', period, province.id);
      const values = await collectFigures(ctx.db, { keys, unitIds, period, today, level: 'province' });
      for (const value of values) everyUnit.set(`${value.unitId}|${value.key}`, value);
      provinces.push({
        provinceId: province.id,
        code: province.code,
        name: province.name,
        values: combineRates(values, { unitId: province.id }),
      });
    }
    const national = combineRates([...everyUnit.values()], {
      source: (_key, parts) => ({
        label: `${formatNumberVi(provinces.length)} tỉnh, thành phố; ${formatNumberVi(parts.filter((p) => p.value !== null).length)} đơn vị có số liệu`,
      }),
    }).map((value) => (OWN_PROVINCE_RESULTS.has(value.key) ? notForTheCountry(value) : value));
    return { year: query.year, span: query.span, period, provinces, national };
  });
}

/** A province's published index results: its own, with no meaning summed over provinces. */
const OWN_PROVINCE_RESULTS = new Set<FigureKey>(indexFigures.map((figure) => figure.key));

const notForTheCountry = (value: FigureValue): FigureValue => ({
  ...value,
  numerator: null,
  denominator: null,
  value: null,
  source: { label: 'Kết quả riêng của từng tỉnh, không cộng gộp cho cả nước' },
});

const cachedAnswers = snapshotCache<NationalFiguresView>({ maxEntries: 20, maxAgeMs: 60_000 });
