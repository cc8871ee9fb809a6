/**
 * In which stage, and until which day, a round takes each kind of write. Checked once the round is
 * loaded, after the access policy (services/access/authorize.ts) has let the actor in.
 */
import { ROUND_STAGE_LABELS, type RoundStage } from '../../contracts/scoring.js';
import { AppError } from '../../domain/errors.js';
import { formatDateVi, localDateOf } from '../../domain/text/format.js';
import type { ServiceContext } from '../context.js';

export function requireStage(status: RoundStage, allowed: readonly RoundStage[], what: string): void {
  if (allowed.includes(status)) return;
  if (status === 'published') throw new AppError('ROUND_PUBLISHED', `Đợt đánh giá đã công bố kết quả: không ai được ${what}.`, 409);
  const expected = allowed.map((s) => `"${ROUND_STAGE_LABELS[s]}"`).join(' hoặc ');
  throw new AppError('WRONG_STAGE', `Chỉ ${what} khi đợt đánh giá ở giai đoạn ${expected}; đợt đang ở giai đoạn "${ROUND_STAGE_LABELS[status]}".`, 409, { status });
}

/** Writes of a stage close at the end of its window (the local calendar day in Vietnam). */
export function requireWithinWindow(ctx: ServiceContext, lastDay: string | null, what: string): void {
  if (lastDay && localDateOf(ctx.now()) > lastDay)
    throw new AppError('WINDOW_CLOSED', `Đã hết hạn ${what} (hạn cuối ${formatDateVi(lastDay)}). Hãy đề nghị Sở Nội vụ gia hạn nếu cần.`, 409, { lastDay });
}
