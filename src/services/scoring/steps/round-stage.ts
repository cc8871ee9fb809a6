/**
 * In which stage, and until which day, a round takes each kind of write. Checked once the round is
 * loaded, after the access policy (services/access/authorize.ts) has let the actor in.
 */
import { ROUND_STAGE_LABELS, type RoundStage } from '../../../contracts/scoring.js';
import { AppError } from '../../../domain/errors.js';
import { formatDateVi, localDateOf } from '../../../domain/text/format.js';
import type { ServiceContext } from '../../context.js';

export function requireStage(status: RoundStage, allowed: readonly RoundStage[], what: string): void {
  if (allowed.includes(status)) return;
  if (status === 'published') throw new AppError('ROUND_PUBLISHED', { action: what });
  const expected = allowed.map((s) => `"${ROUND_STAGE_LABELS[s]}"`).join(' hoặc ');
  throw new AppError('WRONG_STAGE', { action: what, expected, current: ROUND_STAGE_LABELS[status] }, { status });
}

/** Writes of a stage close at the end of its window (the local calendar day in Vietnam). */
export function requireWithinWindow(ctx: ServiceContext, lastDay: string | null, what: string): void {
  if (lastDay && localDateOf(ctx.now()) > lastDay)
    throw new AppError('WINDOW_CLOSED', { action: what, lastDay: formatDateVi(lastDay) }, { lastDay });
}
