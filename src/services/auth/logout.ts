import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** Ends the session; returns the provider's ID token when it was opened by single sign-on, to end that one too. */
export async function logout(ctx: ServiceContext, tokenHash: string): Promise<{ idToken: string | null }> {
  const actor = await authorize(ctx, 'account.own');
  return ctx.db.transaction(async (tx) => {
    const [ended] = await tx
      .delete(sessions)
      .where(eq(sessions.tokenHash, tokenHash))
      .returning({ idToken: sessions.idToken });
    await recordAudit(tx, actor, { action: 'user.logout', entityId: actor.userId });
    return { idToken: ended?.idToken ?? null };
  });
}
