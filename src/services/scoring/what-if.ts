/** What-if planning for the province's own PAR INDEX: last year's points and a target per area → what each criterion must reach. */
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { whatIfRequest } from '../../contracts/scoring.js';
import { ofProvince, provinceOfUnit } from '../../db/queries/units/province.js';
import { indexResults } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { scoreUnit } from '../../domain/scoring/score-unit.js';
import { planTargets } from '../../domain/scoring/what-if.js';
import { whatIfStartFromPublished } from '../../domain/scoring/what-if-from-published.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadCriteriaSetRow } from '../../db/queries/scoring/criteria-set-row.js';

export async function planWhatIf(ctx: ServiceContext, setId: string, input: z.infer<typeof whatIfRequest>) {
  await authorize(ctx, 'scoring.whatIf', {}, 'lập phương án nâng điểm Chỉ số CCHC của tỉnh');
  const { row } = await loadCriteriaSetRow(ctx.db, setId);
  const set = row.content;
  const start =
    input.fromPublishedYear === undefined ? undefined : await publishedStart(ctx, set, input.fromPublishedYear);
  const entries = { ...start?.entries, ...input.entries };
  const lastYear = scoreUnit(set, 'province', entries);
  const errors = lastYear.issues.filter((i) => i.severity === 'error');
  if (errors.length)
    throw new AppError('INVALID_ENTRY', { previousRound: errors.map((e) => e.message) }, { issues: errors });
  const plan = planTargets(set, lastYear, input.targets, input.pinned);
  return { lastYear: { total: lastYear.total, percent: lastYear.percent }, ...(start ? { start } : {}), ...plan };
}

/**
 * The province's own PAR INDEX of that year, as entered in its national indices tracker (the actor's province's),
 * spread over the criteria.
 */
async function publishedStart(ctx: ServiceContext, set: Parameters<typeof whatIfStartFromPublished>[0], year: number) {
  const provinceId = await provinceOfUnit(ctx.db, ctx.actor?.unitId ?? null);
  const rows = await ctx.db
    .select()
    .from(indexResults)
    .where(
      and(
        eq(indexResults.indexCode, 'PAR_INDEX'),
        eq(indexResults.year, year),
        eq(indexResults.own, true),
        isNull(indexResults.archivedAt),
        ofProvince(indexResults.provinceId, provinceId),
      ),
    );
  const withAreas = rows.filter((r) => (r.areas as unknown[]).length > 0);
  if (withAreas.length !== 1)
    throw new AppError('INVALID_ENTRY', {
      previousRound: [
        withAreas.length === 0
          ? `Chưa có điểm từng lĩnh vực của Chỉ số CCHC (PAR INDEX) năm ${year} của tỉnh trong mục Chỉ số quốc gia.`
          : `Năm ${year} có ${withAreas.length} kết quả của tỉnh (trước sáp nhập): chưa chọn được một kết quả để bắt đầu.`,
      ],
    });
  const result = withAreas[0]!;
  const areas = (result.areas as { code: string; score: number | null; parent?: string | null }[]).filter(
    (a) => !a.parent,
  );
  const { entries, areas: filled } = whatIfStartFromPublished(set, areas);
  return { year, name: result.label || result.province, score: result.score, entries, areas: filled };
}
