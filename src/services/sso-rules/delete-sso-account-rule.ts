import { eq } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { ssoAccountRules } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** No more accounts are made for the domain; the accounts already made stay as they are. */
export async function deleteSsoAccountRule(ctx: ServiceContext, id: string): Promise<void> {
  const actor = await authorize(ctx, 'users.manage', {}, 'bỏ quy tắc tạo tài khoản đăng nhập một lần');
  await ctx.db.transaction(async (tx) => {
    const [removed] = await tx.delete(ssoAccountRules).where(eq(ssoAccountRules.id, id)).returning();
    if (!removed) throw notFound('quy tắc tạo tài khoản');
    await recordAudit(tx, actor, {
      action: 'ssoAccountRule.delete',
      entityId: removed.id,
      before: { emailDomain: removed.emailDomain, role: removed.role, unitId: removed.unitId },
    });
  });
}
