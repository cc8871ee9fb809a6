import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { createSsoAccountRuleRequest } from '../../contracts/sso-rules.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { selectSsoAccountRules, toSsoAccountRuleView } from '../../db/queries/sso/sso-accounts.js';
import { checkUserUnit } from '../../db/queries/users/check-user-unit.js';
import { ssoAccountRules } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { isUniqueViolation } from '../unique-violation.js';

/** From now on, a person of this e-mail domain without an account gets one at first single sign-on, as this role and unit. */
export async function createSsoAccountRule(ctx: ServiceContext, input: z.infer<typeof createSsoAccountRuleRequest>) {
  const actor = await authorize(ctx, 'users.manage', {}, 'thêm quy tắc tạo tài khoản đăng nhập một lần');
  const exists = () => new AppError('SSO_RULE_EXISTS', { domain: input.emailDomain });
  return ctx.db.transaction(async (tx) => {
    await checkUserUnit(tx, input.role, input.unitId);
    const [row] = await tx
      .insert(ssoAccountRules)
      .values({ ...input, createdBy: actor.userId, createdAt: ctx.now() })
      .returning()
      // Two administrators adding the same domain at once: the second is told, not given a 500.
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'sso_account_rules_email_domain_unique') ? exists() : error;
      });
    await recordAudit(tx, actor, {
      action: 'ssoAccountRule.create',
      entityId: row!.id,
      after: { emailDomain: row!.emailDomain, role: row!.role, unitId: row!.unitId },
    });
    const [created] = await selectSsoAccountRules(tx).where(eq(ssoAccountRules.id, row!.id));
    return toSsoAccountRuleView(created!);
  });
}
