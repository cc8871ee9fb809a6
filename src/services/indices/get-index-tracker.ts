import { ensureIndices } from './steps/ensure-indices.js';
import { resultViews } from './steps/result-view.js';
import { factsOf, loadIndices, loadResults, loadTargets } from '../../db/queries/indices/index-rows.js';
import { buildSeries, type YearComparison } from '../../domain/indices/series.js';
import { describeTarget, judgeTarget } from '../../domain/indices/targets.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/**
 * Every national index with the actor's province's own results year by year (both provinces' before a merger, labelled),
 * each compared with the year before, the peers' results, and the plan's targets with their verdicts.
 */
export async function getIndexTracker(ctx: ServiceContext) {
  const actor = await authorize(ctx, 'indices.read');
  await ensureIndices(ctx.db);
  const provinceId = await provinceOfUnit(ctx.db, actor.unitId);
  const [indices, results, targets] = await Promise.all([
    loadIndices(ctx.db),
    loadResults(ctx.db, provinceId),
    loadTargets(ctx.db, provinceId),
  ]);
  const out = [];
  for (const index of indices) {
    const rows = results.filter((r) => r.indexCode === index.code);
    const facts = rows.map(factsOf);
    const comparisons = new Map<string, YearComparison[]>();
    for (const own of [true, false])
      for (const year of buildSeries(facts, own))
        for (const row of year.rows) comparisons.set(row.result.id, row.comparisons);
    const views = await resultViews(ctx.db, rows, comparisons);
    out.push({
      ...index,
      own: views.filter((v) => v.own),
      peers: views.filter((v) => !v.own),
      targets: targets
        .filter((t) => t.indexCode === index.code)
        .map((t) => {
          const judged = judgeTarget(
            { kind: t.kind, value: t.value, areaCode: t.areaCode, year: t.year },
            facts.filter((f) => f.year === t.year),
            facts.filter((f) => f.year === t.year - 1),
          );
          return {
            id: t.id,
            indexCode: t.indexCode,
            year: t.year,
            areaCode: t.areaCode,
            kind: t.kind,
            value: t.value,
            text: t.text,
            described: describeTarget(t),
            verdict: judged.verdict,
            figure: judged.figure,
            verdictText: judged.text,
          };
        }),
    });
  }
  return { indices: out };
}
