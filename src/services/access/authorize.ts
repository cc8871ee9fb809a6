/**
 * The one place a use case asks whether its actor may act: first, before it reads the thing itself.
 * The rules are the domain's table (domain/access/policy.ts); this resolves the facts they need.
 */
import { can, refusalText, scopesOf, type Action, type Facts } from '../../domain/access/policy.js';
import { forbidden, unauthenticated } from '../../domain/errors.js';
import type { Actor, ServiceContext } from '../context.js';
import { provinceFacts, resolveFacts, type Subject } from './resolve-facts.js';

export type { Subject } from './resolve-facts.js';

/** The actor, or 401. */
export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/**
 * The actor if the policy lets them do `action` on `subject`, or 403 (`what` words the refusal where a use
 * case says it more exactly than the action's own text). Each of the role's scopes is tried in turn, with
 * only the facts it needs, so a rule met by the request alone (own unit, any) costs no query.
 */
export async function authorize(
  ctx: ServiceContext,
  action: Action,
  subject: Subject = {},
  what: string = refusalText(action),
): Promise<Actor> {
  const actor = requireActor(ctx);
  const { allowed, facts } = await decide(ctx, actor, action, subject);
  if (allowed) return actor;
  throw refusal(actor, action, facts, what);
}

/** Whether the actor may do `action` on `subject` (a view's "may edit" flags, a second way in): never refuses. */
export async function allows(ctx: ServiceContext, action: Action, subject: Subject = {}): Promise<boolean> {
  return ctx.actor !== null && ctx.actor !== undefined && (await decide(ctx, ctx.actor, action, subject)).allowed;
}

async function decide(ctx: ServiceContext, actor: Actor, action: Action, subject: Subject) {
  let facts: Facts = {};
  for (const scope of scopesOf(actor, action)) {
    facts = { ...facts, ...(await resolveFacts(ctx.db, actor, scope, subject)) };
    if (!can(actor, action, facts)) continue;
    // Let in by a scope: another province's unit, plan or round is still out of reach (withinProvince). Looked
    // up only now, so a refusal costs no more than its scopes' facts.
    const known = facts.unitId ? { ...subject, unitId: facts.unitId } : subject;
    facts = { ...facts, ...(await provinceFacts(ctx.db, actor, known)) };
    return { allowed: can(actor, action, facts), facts };
  }
  return { allowed: false, facts };
}

/** A council member is told whether they are off the council or off the criterion's area. */
function refusal(actor: Actor, action: Action, facts: Facts, what: string) {
  if (scopesOf(actor, action).includes('councilArea')) {
    if (!facts.council) return forbidden(`${what} trong đợt đánh giá này (bạn không thuộc Hội đồng thẩm định)`);
    if (facts.area !== undefined)
      return forbidden(`${what} lĩnh vực ${facts.area} (lĩnh vực chưa được phân công cho bạn)`);
  }
  return forbidden(what);
}
