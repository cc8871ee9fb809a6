import { eq } from 'drizzle-orm';
import { planIndicators, users } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { figureView } from '../../db/queries/reporting/indicator-figure-view.js';
import { AppError, notFound } from '../../domain/errors.js';
import { figureDefinition, isFigureKey } from '../../domain/figures/catalogue.js';
import { figureFitsTarget } from '../../domain/figures/indicator-link.js';
import { formatTargetValue } from '../../domain/reporting/indicator-status.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/**
 * A coordinator confirms the figure suggested for a plan target, changes it to another figure of the kind
 * the target needs (a % target a rate, a count a count), or clears it (null: the units report the target,
 * and later versions of the plan do not suggest a figure again). Once confirmed, the target's value for
 * each period is computed from the catalogue, with no typing.
 */
export async function linkIndicatorFigure(
  ctx: ServiceContext,
  indicatorId: string,
  input: { figureKey: string | null },
) {
  const actor = await authorize(ctx, 'indicator.linkFigure', { indicatorId }, 'gắn chỉ tiêu với số liệu theo dõi');
  return ctx.db.transaction(async (tx) => {
    const [indicator] = await tx.select().from(planIndicators).where(eq(planIndicators.id, indicatorId));
    if (!indicator || indicator.removedInVersion !== null) throw notFound('chỉ tiêu');
    const key = input.figureKey;
    if (key !== null && (!isFigureKey(key) || !figureFitsTarget(key, indicator.unit)))
      throw new AppError('FIGURE_KIND_MISMATCH', {
        figure: isFigureKey(key) ? figureDefinition(key).name.vi : key,
        target: `${indicator.subject} ${indicator.comparator.replace('>=', '≥').replace('<=', '≤')} ${formatTargetValue(indicator.value, indicator.unit)}`,
      });
    const next = { figureKey: key, figureLink: key === null ? ('cleared' as const) : ('confirmed' as const) };
    const [updated] = await tx
      .update(planIndicators)
      .set({ ...next, figureLinkedBy: actor.userId, figureLinkedAt: ctx.now() })
      .where(eq(planIndicators.id, indicatorId))
      .returning();
    await recordAudit(tx, actor, {
      action: 'planIndicator.linkFigure',
      entityId: indicatorId,
      before: { figureKey: indicator.figureKey, figureLink: indicator.figureLink },
      after: next,
    });
    const [user] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, actor.userId));
    return figureView({ ...updated!, linkedByName: user?.name ?? null });
  });
}
