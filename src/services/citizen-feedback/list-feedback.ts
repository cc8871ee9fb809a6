import type { z } from 'zod';
import type { FeedbackListQuery, feedbackList } from '../../contracts/citizen-feedback.js';
import { feedbackFigureRows, listFeedbackRows } from '../../db/queries/citizen-feedback/feedback-rows.js';
import { reachesEverywhere } from '../../domain/access/policy.js';
import { onTimeCounts, publishedCounts } from '../../domain/citizen-feedback/workflow.js';
import { rateOf } from '../../domain/figures/values.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { workingCalendarOf } from '../working-calendar/calendar.js';
import { feedbackTiming } from './get-feedback.js';

const NO_UNIT = '00000000-0000-0000-0000-000000000000';

/**
 * PAKN items by year, status, unit, lateness and words, with counts by status and the year's two figures over
 * what the caller sees (handled on time, answers published; null with nothing due: "Chưa có số liệu"). A unit's
 * reporter sees only the items assigned to its unit.
 */
export async function listFeedback(
  ctx: ServiceContext,
  query: FeedbackListQuery,
): Promise<z.infer<typeof feedbackList>> {
  const actor = await authorize(ctx, 'feedback.read', { unitId: ctx.actor?.unitId ?? undefined });
  const narrowed = !reachesEverywhere(actor, 'feedback.read');
  const visibleToUnit = narrowed ? (actor.unitId ?? NO_UNIT) : undefined;
  const today = localDateOf(ctx.now());
  const provinceId = await provinceOfUnit(ctx.db, actor.unitId);
  const { rows, total, counts } = await listFeedbackRows(
    ctx.db,
    {
      provinceId,
      year: query.year,
      status: query.status,
      unitId: query.unitId,
      visibleToUnit,
      late: query.late === undefined ? undefined : query.late === 'true',
      q: query.q,
      today,
    },
    query.page,
    query.pageSize,
  );
  const year = query.year ?? Number(today.slice(0, 4));
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const unitIds = visibleToUnit ? [visibleToUnit] : query.unitId ? [query.unitId] : null;
  const figureRows =
    period.from > today ? [] : await feedbackFigureRows(ctx.db, unitIds, period.from, period.to, provinceId);
  const asRate = (c: { numerator: number; denominator: number } | null) =>
    c ? { ...c, value: rateOf(c.numerator, c.denominator) } : null;
  const calendar = await workingCalendarOf(ctx.db);
  return {
    items: rows.map((r) => ({ ...r, ...feedbackTiming(r, today, calendar) })),
    total,
    counts,
    page: query.page,
    pageSize: query.pageSize,
    figures: {
      onTime: asRate(onTimeCounts(figureRows, period, today)),
      published: asRate(publishedCounts(figureRows, period)),
    },
  };
}
