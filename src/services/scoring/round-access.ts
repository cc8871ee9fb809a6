/**
 * Who may do what in an assessment round, and in which stage. Authorisation comes first in every
 * use case; the stage and window checks follow once the round is loaded.
 */
import type { Role } from '../../contracts/auth.js';
import { ROUND_STAGE_LABELS, type RoundStage } from '../../contracts/scoring.js';
import { AppError, forbidden } from '../../domain/errors.js';
import { formatDateVi, localDateOf } from '../../domain/text/format.js';
import { canReadUnitData, requireActor } from '../access.js';
import type { Actor, ServiceContext } from '../context.js';

/** The Sở Nội vụ's CCHC staff and administrators set up rounds, councils and survey points. */
export const ROUND_MANAGERS: readonly Role[] = ['admin', 'coordinator'];
/** Everyone who reads every unit's scoring at any stage. */
const PROVINCE_WIDE: readonly Role[] = ['admin', 'coordinator', 'leader', 'appraiser'];

/** A unit's own staff (reporters, or a coordinator whose unit is scored) write its self-assessment and explanations. */
export function requireUnitWriter(ctx: ServiceContext, unitId: string, what: string): Actor {
  const actor = requireActor(ctx);
  if (!(actor.role === 'reporter' || actor.role === 'coordinator') || actor.unitId !== unitId) throw forbidden(what);
  return actor;
}

export function isProvinceWide(actor: Actor): boolean {
  return PROVINCE_WIDE.includes(actor.role);
}

/** A unit sees only its own scoring until the results are published. */
export function requireUnitScoringReader(ctx: ServiceContext, unitId: string, status: RoundStage | null): Actor {
  const actor = requireActor(ctx);
  if (status !== 'published' && !canReadUnitData(actor, unitId)) throw forbidden('xem kết quả chấm điểm của đơn vị khác trước khi công bố');
  return actor;
}

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
